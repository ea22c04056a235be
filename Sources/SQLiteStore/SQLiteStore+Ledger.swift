public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func ledgerRecord(collectionID: UUID, objectID: String, version: String) async throws -> LedgerRecord? {
        try await read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT ov.salt, ov.version, ov.date_added, e.leaf, e.ledger_index, o.identity_id
                FROM object_versions ov
                JOIN ledger_entries e ON e.seq = ov.entry_seq
                JOIN organizations o ON o.id = ov.contributor_id
                WHERE ov.collection_id = ? AND ov.object_id = ? AND ov.version = ?
                """, arguments: [collectionID.storeText, objectID, version])
            return row.map { row in
                let salt: Data = row["salt"]
                let leaf: Data = row["leaf"]
                let stored: String = row["version"]
                let index: Int64? = row["ledger_index"]
                return LedgerRecord(
                    salt: [UInt8](salt), leaf: [UInt8](leaf), index: index.map(UInt64.init),
                    version: stored.isEmpty ? TAXIITimestamp.string(from: StoreTime.date(row["date_added"])) : stored,
                    contributorIdentityID: row["identity_id"])
            }
        }
    }

    public func ledgerEntryCount() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger_entries") ?? 0 }
    }

    public func adminChanges(after seq: Int64, limit: Int) async throws -> [AdminChangeRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.entry_seq, a.description, a.salt, e.leaf, e.ledger_index
                FROM admin_changes a JOIN ledger_entries e ON e.seq = a.entry_seq
                WHERE a.entry_seq > ? ORDER BY a.entry_seq LIMIT ?
                """, arguments: [seq, limit]).map { row in
                let index: Int64? = row["ledger_index"]
                return AdminChangeRecord(seq: row["entry_seq"], index: index.map(UInt64.init), description: row["description"],
                                         salt: row["salt"], leaf: row["leaf"])
            }
        }
    }
}
