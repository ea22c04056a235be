import ConcordStore
import Foundation
import SQLiteStore
import Testing

@Suite("SQLite store files")
struct SQLiteStoreFileTests {
    @Test func reportsAnUnopenableFileClearly() throws {
        let error = #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: "/proc/concord-cannot-write-here/concord.sqlite")
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("/proc/concord-cannot-write-here") == true)
    }

    @Test func usesWriteAheadLogging() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-wal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("concord.sqlite").path
        _ = try SQLiteStore(path: path)
        let header = try #require(FileManager.default.contents(atPath: path))
        // Bytes 18 and 19 of the SQLite header are 2 in WAL mode.
        #expect(header.count > 20 && header[18] == 2 && header[19] == 2)
    }
}
