import ConcordStore
import Foundation
import SQLiteStore
import StoreConformance
import Testing

/// Opens SQLite stores in fresh temporary directories.
struct SQLiteStoreFactory: StoreFactory {
    func makeStore() async throws -> (store: any Store, reopen: @Sendable () async throws -> any Store) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("concord.sqlite").path
        return (try SQLiteStore(path: path), { try SQLiteStore(path: path) })
    }
}

@Suite("SQLite store conformance")
struct SQLiteStoreConformanceTests {
    let suite = StoreConformanceSuite(factory: SQLiteStoreFactory())

    @Test(arguments: StoreConformanceSuite.checkNames)
    func conformance(_ check: String) async throws {
        try await suite.run(check)
    }
}
