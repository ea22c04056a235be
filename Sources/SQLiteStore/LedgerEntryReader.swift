import ConcordStore
import Foundation
import GRDB

/// Reads ledger entries back from their runs (see ``LedgerEntryWriter``) as
/// the exact leaf bytes the log hashes.
enum LedgerEntryReader {
    /// The leaves at log indices `range`, in order. Stops at the first index
    /// that has no entry, so a gap in the table never shifts later leaves.
    static func leaves(_ range: Range<Int64>, in db: Database) throws -> [Data] {
        guard !range.isEmpty else { return [] }
        let first = try Int64.fetchOne(db, sql: """
            SELECT first_index FROM ledger_entries WHERE first_index <= ? ORDER BY first_index DESC LIMIT 1
            """, arguments: [range.lowerBound]) ?? range.lowerBound
        let rows = try Row.fetchCursor(db, sql: """
            SELECT first_index, kind, commitments FROM ledger_entries WHERE first_index >= ? AND first_index < ? ORDER BY first_index
            """, arguments: [first, range.upperBound])
        var leaves: [Data] = []
        var expected = range.lowerBound
        while let row = try rows.next() {
            let start: Int64 = row["first_index"]
            let commitments: Data = row["commitments"]
            guard start <= expected, let kind = LedgerEntry.Kind(rawValue: row["kind"]) else { break }
            let end = min(start + Int64(commitments.count / 32), range.upperBound)
            while expected < end {
                let offset = commitments.startIndex + Int(expected - start) * 32
                leaves.append(Data(LedgerEntry(kind: kind, commitment: [UInt8](commitments[offset..<offset + 32])).leaf))
                expected += 1
            }
            if expected == range.upperBound { break }
        }
        return leaves
    }

    /// The size of the newest integrated checkpoint (published or not); 0 before the first.
    static func integratedSize(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(size) FROM ledger_checkpoints") ?? 0
    }

    /// How many entries have been appended: the next entry's log index.
    static func appendedCount(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT next_ledger_index FROM store_clock WHERE id = 1") ?? 0
    }
}
