public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func trustLog(origin: String, verifierKey: String) async throws {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO witnessed_logs (origin, verifier_key, size) VALUES (?, ?, 0)
                ON CONFLICT (origin) DO UPDATE SET verifier_key = excluded.verifier_key
                """, arguments: [origin, verifierKey])
            try LedgerEntryWriter.recordAdminChange("witness.trust-log", ["origin": .string(origin), "key": .string(verifierKey)], in: db)
        }
    }

    public func witnessedLog(origin: String) async throws -> WitnessedLog? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM witnessed_logs WHERE origin = ?", arguments: [origin]).map {
                WitnessedLog(origin: $0["origin"], verifierKey: $0["verifier_key"], size: UInt64($0["size"] as Int64), root: $0["root"])
            }
        }
    }

    public func advanceWitnessedLog(origin: String, from oldSize: UInt64, to newSize: UInt64, root: Data) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE witnessed_logs SET size = ?, root = ? WHERE origin = ? AND size = ?",
                           arguments: [Int64(newSize), root, origin, Int64(oldSize)])
            return db.changesCount == 1
        }
    }

    public func addWitness(url: String, verifierKey: String) async throws {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO log_witnesses (url, verifier_key, last_size) VALUES (?, ?, 0)
                ON CONFLICT (url) DO UPDATE SET verifier_key = excluded.verifier_key
                """, arguments: [url, verifierKey])
            try LedgerEntryWriter.recordAdminChange("witness.add", ["url": .string(url), "key": .string(verifierKey)], in: db)
        }
    }

    public func witnesses() async throws -> [LogWitness] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM log_witnesses ORDER BY url").map {
                LogWitness(url: $0["url"], verifierKey: $0["verifier_key"], lastSize: UInt64($0["last_size"] as Int64))
            }
        }
    }

    public func setWitnessSize(url: String, size: UInt64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE log_witnesses SET last_size = ? WHERE url = ?", arguments: [Int64(size), url])
        }
    }
}
