public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func addObjectVersions(_ versions: [ObjectVersion]) async throws -> [AddOutcome] {
        try await write { db in
            var batch = try AddBatch(db: db, ledger: self.appendsLedgerEntries, count: versions.count)
            let outcomes = try versions.map { try Self.add($0, in: db, batch: &batch) }
            try batch.save(in: db)
            return outcomes
        }
    }

    static func add(_ version: ObjectVersion, in db: Database, batch: inout AddBatch) throws -> AddOutcome {
        let existing = try db.cachedStatement(sql: """
            SELECT body, date_added FROM object_versions WHERE collection_id = ? AND object_id = ? AND version = ?
            """)
        let collection = batch.storeText(of: version.collectionID)
        let key: StatementArguments = [collection, version.objectID, version.version]
        if let row = try Row.fetchOne(existing, arguments: key) {
            let body: Data = row["body"]
            let dateAdded = StoreTime.date(row["date_added"])
            if body.elementsEqual(version.body) { return .unchanged(dateAdded: dateAdded) }
            let versionText = version.version.isEmpty ? "(no version)" : version.version
            return .conflict(reason: "a different object is already stored as \(version.objectID) version \(versionText); a changed object needs a new 'modified'")
        }
        let dateAdded = batch.clock.next()
        let added = StoreTime.date(dateAdded)
        let versionKey = version.version.isEmpty ? VersionKey.make(added) : VersionKey.make(version.version)
        let versionText = version.version.isEmpty ? TAXIITimestamp.string(from: added) : version.version
        let (salt, ledgerIndex) = try batch.appendEntry(for: version, collection: collection, version: versionText, in: db)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO object_versions
                (collection_id, object_id, version, type, spec_version, contributor_id, version_key, tlp, body, date_added, salt, ledger_index)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.execute(arguments: [
            collection, version.objectID, version.version, version.type, version.specVersion,
            batch.storeText(of: version.contributorID), versionKey, version.marking.tlp.rawValue, Data(version.body), dateAdded,
            salt, ledgerIndex,
        ])
        let recipient = try db.cachedStatement(sql: """
            INSERT INTO object_recipients (collection_id, object_id, version, identity_id) VALUES (?, ?, ?, ?)
            """)
        for identity in version.marking.recipients {
            try recipient.execute(arguments: [collection, version.objectID, version.version, identity])
        }
        return .added(dateAdded: StoreTime.date(dateAdded))
    }

    public func objectVersions(collectionID: UUID, objectID: String) async throws -> [ObjectVersion] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT ov.*, (SELECT group_concat(r.identity_id, ' ') FROM object_recipients r
                              WHERE r.collection_id = ov.collection_id AND r.object_id = ov.object_id AND r.version = ov.version) AS recipients
                FROM object_versions ov WHERE ov.collection_id = ? AND ov.object_id = ? ORDER BY ov.version_key, ov.date_added
                """, arguments: [collectionID.storeText, objectID]).map(ObjectVersion.init(row:))
        }
    }

    public func countObjectVersions(collectionID: UUID) async throws -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM object_versions WHERE collection_id = ?", arguments: [collectionID.storeText]) ?? 0
        }
    }
}

/// Hands out `date_added` values: the current time in microseconds, but always
/// later than the last one handed out, so they strictly increase even when
/// the system clock steps back or many versions arrive in one microsecond.
struct DateAddedClock {
    private var last: Int64

    init(db: Database) throws {
        last = try Int64.fetchOne(db, sql: "SELECT last_date_added FROM store_clock WHERE id = 1") ?? 0
    }

    mutating func next() -> Int64 {
        last = max(StoreTime.microseconds(Date()), last + 1)
        return last
    }

    func save(in db: Database) throws {
        try db.execute(sql: "UPDATE store_clock SET last_date_added = ? WHERE id = 1", arguments: [last])
    }
}

/// TLP:RED recipients as queries return them: identity ids joined by spaces
/// (identifiers never contain spaces), NULL when there are none.
enum RecipientList {
    static func decode(_ text: String?) -> [String] {
        text.map { $0.split(separator: " ").map(String.init).sorted() } ?? []
    }
}

extension ObjectVersion {
    init(row: Row) {
        let body: Data = row["body"]
        self.init(
            collectionID: UUID(uuidString: row["collection_id"]) ?? UUID(),
            objectID: row["object_id"],
            type: row["type"],
            version: row["version"],
            specVersion: row["spec_version"],
            contributorID: UUID(uuidString: row["contributor_id"]) ?? UUID(),
            marking: Marking(tlp: TLPLevel(rawValue: row["tlp"]) ?? .red, recipients: RecipientList.decode(row["recipients"])),
            body: [UInt8](body),
            dateAdded: StoreTime.date(row["date_added"])
        )
    }
}
