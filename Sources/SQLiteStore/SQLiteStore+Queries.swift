public import ConcordStore
public import Foundation
import GRDB
import STIX

extension SQLiteStore {
    public func objectVersions(collectionID: UUID, reader: Reader, filter: ObjectFilter, after position: Date?, limit: Int) async throws -> ObjectPage {
        try await read { db in
            var query = ObjectQuery(collectionID: collectionID, reader: reader, filter: filter)
            if let position { query.addCondition("ov.date_added > ?", [StoreTime.microseconds(position)]) }
            // With match[id] the primary key finds the few rows; `+` keeps SQLite from
            // walking the date_added index over the whole collection instead.
            let order = filter.ids.isEmpty ? "ov.date_added" : "+ov.date_added"
            let sql = """
                SELECT ov.*, (SELECT group_concat(r.identity_id, ' ') FROM object_recipients r
                              WHERE r.collection_id = ov.collection_id AND r.object_id = ov.object_id AND r.version = ov.version) AS recipients
                FROM object_versions ov WHERE \(query.whereClause) ORDER BY \(order) LIMIT ?
                """
            var arguments = query.arguments
            arguments += [max(1, limit) + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let versions = rows.prefix(max(1, limit)).map(ObjectVersion.init(row:))
            return ObjectPage(versions: Array(versions), more: rows.count > max(1, limit))
        }
    }

    public func deleteObjectVersions(collectionID: UUID, objectID: String, reader: Reader, filter: ObjectFilter, contributorID: UUID?) async throws -> Int {
        try await write { db in
            var restricted = filter
            restricted.ids = [objectID]
            var query = ObjectQuery(collectionID: collectionID, reader: reader, filter: restricted)
            if let contributorID { query.addCondition("ov.contributor_id = ?", [contributorID.storeText]) }
            let keys = try Row.fetchAll(db, sql: "SELECT ov.version FROM object_versions ov WHERE \(query.whereClause)", arguments: query.arguments)
            for key in keys {
                let arguments: StatementArguments = [collectionID.storeText, objectID, key["version"] as String]
                try db.execute(sql: "DELETE FROM object_versions WHERE collection_id = ? AND object_id = ? AND version = ?", arguments: arguments)
                try db.execute(sql: "DELETE FROM object_recipients WHERE collection_id = ? AND object_id = ? AND version = ?", arguments: arguments)
            }
            if !keys.isEmpty {
                try LedgerEntryWriter.recordAdminChange("objects.delete", [
                    "collection": .string(collectionID.storeText), "id": .string(objectID),
                    "versions": .array(keys.map { .string($0["version"]) }),
                ], in: db)
            }
            return keys.count
        }
    }
}

/// Builds the WHERE clause of an object query: collection, access rules, then filters.
struct ObjectQuery {
    private var conditions: [String] = []
    private(set) var arguments: StatementArguments = []

    init(collectionID: UUID, reader: Reader, filter: ObjectFilter) {
        addCondition("ov.collection_id = ?", [collectionID.storeText])
        addCondition(AccessSQL.readable("ov", usesGrants: reader.usesGrants), AccessSQL.arguments(reader))
        if let addedAfter = filter.addedAfter { addCondition("ov.date_added > ?", [StoreTime.microseconds(addedAfter)]) }
        addList("ov.object_id", filter.ids)
        addList("ov.type", filter.types)
        addList("ov.spec_version", filter.specVersions)
        addVersions(filter.versions, reader: reader)
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    mutating func addCondition(_ sql: String, _ values: StatementArguments) {
        conditions.append(sql)
        arguments += values
    }

    private mutating func addList(_ column: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        addCondition("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))", StatementArguments(values))
    }

    /// `match[version]`: first and last are judged among the versions the reader may see.
    private mutating func addVersions(_ selection: VersionSelection, reader: Reader) {
        guard !selection.all else { return }
        var alternatives: [String] = []
        var values: StatementArguments = []
        for (enabled, comparison) in [(selection.last, ">"), (selection.first, "<")] where enabled {
            alternatives.append("""
                NOT EXISTS (SELECT 1 FROM object_versions v2 WHERE v2.collection_id = ov.collection_id
                            AND v2.object_id = ov.object_id AND v2.version_key \(comparison) ov.version_key
                            AND \(AccessSQL.readable("v2", usesGrants: reader.usesGrants)))
                """)
            values += AccessSQL.arguments(reader)
        }
        if !selection.versionKeys.isEmpty {
            alternatives.append("ov.version_key IN (\(Array(repeating: "?", count: selection.versionKeys.count).joined(separator: ", ")))")
            values += StatementArguments(selection.versionKeys)
        }
        addCondition(alternatives.isEmpty ? "0 = 1" : "(" + alternatives.joined(separator: " OR ") + ")", values)
    }
}
