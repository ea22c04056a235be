public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func createOrganization(_ organization: Organization) async throws {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM organizations WHERE name = ? OR identity_id = ?",
                                 arguments: [organization.name, organization.identityID]) == true {
                throw StoreError(.alreadyExists, "an organization named '\(organization.name)' already exists")
            }
            try db.execute(
                sql: "INSERT INTO organizations (id, name, identity_id, created_at) VALUES (?, ?, ?, ?)",
                arguments: [organization.id.storeText, organization.name, organization.identityID,
                            StoreTime.microseconds(organization.createdAt)]
            )
            try LedgerEntryWriter.recordAdminChange("organization.create", [
                "organization": .string(organization.name), "identity": .string(organization.identityID),
            ], in: db)
        }
    }

    public func organization(named name: String) async throws -> Organization? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organizations WHERE name = ?", arguments: [name]).map(Organization.init(row:))
        }
    }

    public func organization(id: UUID) async throws -> Organization? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organizations WHERE id = ?", arguments: [id.storeText]).map(Organization.init(row:))
        }
    }

    public func organizations() async throws -> [Organization] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organizations ORDER BY name").map(Organization.init(row:))
        }
    }
}

extension Organization {
    init(row: Row) {
        self.init(
            id: UUID(uuidString: row["id"]) ?? UUID(),
            name: row["name"],
            identityID: row["identity_id"],
            createdAt: StoreTime.date(row["created_at"])
        )
    }
}

extension UUID {
    /// Lowercase text, as UUIDs are stored and as TAXII prints them.
    var storeText: String { uuidString.lowercased() }
}
