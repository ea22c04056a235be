public import ConcordStore
public import Foundation
import GRDB

extension SQLiteStore {
    public func saveCursor(_ cursor: PageCursor) async throws {
        let filter = String(decoding: try JSONEncoder().encode(cursor.filter), as: UTF8.self)
        try await write { db in
            // Cursors live a day; clearing old ones here keeps the table small without a separate job.
            try db.execute(sql: "DELETE FROM page_cursors WHERE created_at < ?",
                           arguments: [StoreTime.microseconds(cursor.createdAt) - 86_400_000_000])
            try db.execute(sql: """
                INSERT INTO page_cursors (id, organization_id, collection_id, listing, filter, page_limit, position, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [cursor.id, cursor.organizationID?.storeText, cursor.collectionID.storeText, cursor.listing.rawValue,
                                 filter, cursor.limit, StoreTime.microseconds(cursor.position), StoreTime.microseconds(cursor.createdAt)])
        }
    }

    public func cursor(id: String) async throws -> PageCursor? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM page_cursors WHERE id = ?", arguments: [id]).flatMap(PageCursor.init(row:))
        }
    }

    public func saveStatus(id: String, organizationID: UUID, body: [UInt8], createdAt: Date) async throws {
        try await write { db in
            try db.execute(sql: "INSERT INTO statuses (id, organization_id, body, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [id, organizationID.storeText, Data(body), StoreTime.microseconds(createdAt)])
        }
    }

    public func status(id: String, organizationID: UUID) async throws -> [UInt8]? {
        try await read { db in
            try Data.fetchOne(db, sql: "SELECT body FROM statuses WHERE id = ? AND organization_id = ?",
                              arguments: [id, organizationID.storeText]).map { [UInt8]($0) }
        }
    }
}

extension PageCursor {
    init?(row: Row) throws {
        guard let collectionID = UUID(uuidString: row["collection_id"]),
              let listing = Listing(rawValue: row["listing"]) else { return nil }
        let filterText: String = row["filter"]
        let organization: String? = row["organization_id"]
        self.init(id: row["id"], organizationID: organization.flatMap(UUID.init(uuidString:)), collectionID: collectionID,
                  listing: listing, filter: try JSONDecoder().decode(ObjectFilter.self, from: Data(filterText.utf8)),
                  limit: row["page_limit"], position: StoreTime.date(row["position"]), createdAt: StoreTime.date(row["created_at"]))
    }
}
