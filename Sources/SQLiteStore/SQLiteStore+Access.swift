public import ConcordStore
public import Foundation
import GRDB

/// The access table as SQL, so every read applies it inside the query.
///
/// A version `ov` is readable when the reader's organization holds a read
/// grant on the collection and the version is not TLP:RED — or it is, and the
/// reader contributed it or is a named recipient — or when the collection is
/// public and the version is TLP:CLEAR. Arguments, in order: organization id
/// (grant), organization id (contributor), identity id (recipient).
enum AccessSQL {
    static func readable(_ alias: String, usesGrants: Bool) -> String {
        let granted = usesGrants
            ? """
              (EXISTS (SELECT 1 FROM grants g WHERE g.collection_id = \(alias).collection_id AND g.organization_id = ? AND g.can_read)
               AND (\(alias).tlp <> 'red' OR \(alias).contributor_id = ?
                    OR EXISTS (SELECT 1 FROM object_recipients r WHERE r.collection_id = \(alias).collection_id
                               AND r.object_id = \(alias).object_id AND r.version = \(alias).version AND r.identity_id = ?)))
              """
            : "(? IS NULL AND ? IS NULL AND ? IS NULL AND 0 = 1)"
        return """
            (\(granted)
             OR (\(alias).tlp = 'clear' AND EXISTS (SELECT 1 FROM collections c WHERE c.id = \(alias).collection_id AND c.is_public)))
            """
    }

    static func arguments(_ reader: Reader) -> StatementArguments {
        let organization = reader.usesGrants ? reader.organizationID?.storeText : nil
        return [organization, organization, reader.usesGrants ? reader.identityID : nil]
    }
}

extension SQLiteStore {
    public func access(collectionID: UUID, reader: Reader) async throws -> CollectionAccess? {
        try await read { db in
            try Self.access(collectionID: collectionID.storeText, reader: reader, db: db)
        }
    }

    public func accessibleCollections(reader: Reader) async throws -> [(Collection, CollectionAccess)] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM collections ORDER BY created_at, id").compactMap { row in
                let collection = Collection(row: row)
                return try Self.access(collectionID: collection.id.storeText, reader: reader, db: db).map { (collection, $0) }
            }
        }
    }

    static func access(collectionID: String, reader: Reader, db: Database) throws -> CollectionAccess? {
        guard let isPublic = try Bool.fetchOne(db, sql: "SELECT is_public FROM collections WHERE id = ?", arguments: [collectionID]) else {
            return nil
        }
        var grant: Row?
        if reader.usesGrants, let organization = reader.organizationID {
            grant = try Row.fetchOne(db, sql: "SELECT can_read, can_write FROM grants WHERE collection_id = ? AND organization_id = ?",
                                     arguments: [collectionID, organization.storeText])
        }
        let canRead = (grant?["can_read"] as Bool?) == true || isPublic
        let canWrite = (grant?["can_write"] as Bool?) == true
        return canRead || canWrite ? CollectionAccess(canRead: canRead, canWrite: canWrite) : nil
    }
}
