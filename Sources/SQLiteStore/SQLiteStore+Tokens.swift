public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func createToken(_ token: TokenRecord) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO tokens (id, organization_id, role, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [token.id, token.organizationID.storeText, token.role.rawValue, Data(token.hash),
                            StoreTime.microseconds(token.createdAt), token.revokedAt.map(StoreTime.microseconds)]
            )
            try LedgerEntryWriter.recordAdminChange("token.create", [
                "token": .string(token.id), "organization": .string(token.organizationID.storeText), "role": .string(token.role.rawValue),
            ], in: db)
        }
    }

    public func token(hash: [UInt8]) async throws -> TokenRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tokens WHERE token_hash = ?", arguments: [Data(hash)]).map(TokenRecord.init(row:))
        }
    }

    public func tokens() async throws -> [TokenRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM tokens ORDER BY created_at, id").map(TokenRecord.init(row:))
        }
    }

    public func revokeToken(id: String, at date: Date) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                           arguments: [StoreTime.microseconds(date), id])
            guard db.changesCount > 0 else { return false }
            try LedgerEntryWriter.recordAdminChange("token.revoke", ["token": .string(id)], in: db)
            return true
        }
    }
}

extension TokenRecord {
    init(row: Row) {
        let hash: Data = row["token_hash"]
        let revoked: Int64? = row["revoked_at"]
        self.init(
            id: row["id"],
            organizationID: UUID(uuidString: row["organization_id"]) ?? UUID(),
            role: Role(rawValue: row["role"]) ?? .reader,
            hash: [UInt8](hash),
            createdAt: StoreTime.date(row["created_at"]),
            revokedAt: revoked.map(StoreTime.date)
        )
    }
}
