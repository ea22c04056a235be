public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func createCollection(_ collection: Collection, grants: [Grant]) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO collections (id, title, description, default_tlp, is_public, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [collection.id.storeText, collection.title, collection.description,
                            collection.defaultTLP.rawValue, collection.isPublic, StoreTime.microseconds(collection.createdAt)]
            )
            try LedgerEntryWriter.recordAdminChange("collection.create", [
                "collection": .string(collection.id.storeText), "title": .string(collection.title),
                "default_tlp": .string(collection.defaultTLP.rawValue), "public": .bool(collection.isPublic),
            ], in: db)
            for grant in grants { try Self.upsert(grant, in: db) }
        }
    }

    public func collection(id: UUID) async throws -> Collection? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM collections WHERE id = ?", arguments: [id.storeText]).map(Collection.init(row:))
        }
    }

    public func collections() async throws -> [Collection] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM collections ORDER BY created_at, id").map(Collection.init(row:))
        }
    }

    public func setGrant(_ grant: Grant) async throws {
        try await write { db in try Self.upsert(grant, in: db) }
    }

    public func grants(collectionID: UUID) async throws -> [Grant] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM grants WHERE collection_id = ? ORDER BY organization_id",
                             arguments: [collectionID.storeText]).map(Grant.init(row:))
        }
    }

    static func upsert(_ grant: Grant, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM collections WHERE id = ?", arguments: [grant.collectionID.storeText]) == true else {
            throw StoreError(.notFound, "no collection \(grant.collectionID.storeText)")
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM organizations WHERE id = ?", arguments: [grant.organizationID.storeText]) == true else {
            throw StoreError(.notFound, "no organization \(grant.organizationID.storeText)")
        }
        try db.execute(
            sql: """
                INSERT INTO grants (collection_id, organization_id, can_read, can_write) VALUES (?, ?, ?, ?)
                ON CONFLICT (collection_id, organization_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write
                """,
            arguments: [grant.collectionID.storeText, grant.organizationID.storeText, grant.canRead, grant.canWrite]
        )
        try LedgerEntryWriter.recordAdminChange("grant.set", [
            "collection": .string(grant.collectionID.storeText), "organization": .string(grant.organizationID.storeText),
            "read": .bool(grant.canRead), "write": .bool(grant.canWrite),
        ], in: db)
    }
}

extension Collection {
    init(row: Row) {
        self.init(
            id: UUID(uuidString: row["id"]) ?? UUID(),
            title: row["title"],
            description: row["description"],
            defaultTLP: TLPLevel(rawValue: row["default_tlp"]) ?? .amberStrict,
            isPublic: row["is_public"],
            createdAt: StoreTime.date(row["created_at"])
        )
    }
}

extension Grant {
    init(row: Row) {
        self.init(
            collectionID: UUID(uuidString: row["collection_id"]) ?? UUID(),
            organizationID: UUID(uuidString: row["organization_id"]) ?? UUID(),
            canRead: row["can_read"],
            canWrite: row["can_write"]
        )
    }
}
