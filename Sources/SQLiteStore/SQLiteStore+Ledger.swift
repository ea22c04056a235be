public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func ledgerRecord(collectionID: UUID, objectID: String, version: String) async throws -> LedgerRecord? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT ov.salt, ov.version, ov.date_added, ov.ledger_index, o.identity_id
                FROM object_versions ov
                JOIN organizations o ON o.id = ov.contributor_id
                WHERE ov.collection_id = ? AND ov.object_id = ? AND ov.version = ?
                """, arguments: [collectionID.storeText, objectID, version]) else { return nil }
            let index: Int64 = row["ledger_index"]
            guard index >= 0, let leaf = try LedgerEntryReader.leaves(index..<index + 1, in: db).first else { return nil }
            let salt: Data = row["salt"]
            let stored: String = row["version"]
            return LedgerRecord(
                salt: [UInt8](salt), leaf: [UInt8](leaf),
                index: index < (try LedgerEntryReader.integratedSize(in: db)) ? UInt64(index) : nil,
                version: stored.isEmpty ? TAXIITimestamp.string(from: StoreTime.date(row["date_added"])) : stored,
                contributorIdentityID: row["identity_id"])
        }
    }

    public func ledgerEntryCount() async throws -> Int {
        try await read { db in Int(try LedgerEntryReader.appendedCount(in: db)) }
    }

    public func adminChanges(after seq: Int64, limit: Int) async throws -> [AdminChangeRecord] {
        try await read { db in
            let integrated = try LedgerEntryReader.integratedSize(in: db)
            return try Row.fetchAll(db, sql: """
                SELECT ledger_index, description, salt FROM admin_changes WHERE ledger_index > ? ORDER BY ledger_index LIMIT ?
                """, arguments: [seq, limit]).compactMap { row in
                let index: Int64 = row["ledger_index"]
                guard let leaf = try LedgerEntryReader.leaves(index..<index + 1, in: db).first else { return nil }
                return AdminChangeRecord(seq: index, index: index < integrated ? UInt64(index) : nil, description: row["description"],
                                         salt: row["salt"], leaf: leaf)
            }
        }
    }
}
