import ConcordStore
import Foundation
import GRDB
import STIX

/// Appends ledger entries inside the transaction of the change they record,
/// so there is never an object without its entry or an entry without its object.
enum LedgerWriter {
    /// Appends an entry and returns its queue position (`seq`); the sequencer assigns its log index later.
    static func append(_ entry: LedgerEntry, in db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: "INSERT INTO ledger_entries (kind, leaf, created_at) VALUES (?, ?, ?)")
        try statement.execute(arguments: [entry.kind.rawValue, Data(entry.leaf), StoreTime.microseconds(Date())])
        return db.lastInsertedRowID
    }

    /// Records an administrative change: its description (fetchable by admins), salt and entry.
    static func recordAdminChange(_ change: String, _ details: JSONObject, in db: Database) throws {
        var description = details
        description["change"] = .string(change)
        description["at"] = .string(TAXIITimestamp.string(from: Date()))
        let value = JSONValue.object(description)
        let salt = Commitment.makeSalt()
        let seq = try append(LedgerEntry(kind: .admin, commitment: Commitment.adminChange(salt: salt, description: value)), in: db)
        try db.execute(sql: "INSERT INTO admin_changes (entry_seq, description, salt) VALUES (?, ?, ?)",
                       arguments: [seq, Data(CanonicalJSON.encode(value)), Data(salt)])
    }

    /// The STIX identity id of an organization, for object commitments.
    static func identityID(of organizationID: String, in db: Database) throws -> String {
        let statement = try db.cachedStatement(sql: "SELECT identity_id FROM organizations WHERE id = ?")
        guard let identity = try String.fetchOne(statement, arguments: [organizationID]) else {
            throw StoreError(.notFound, "no organization \(organizationID)")
        }
        return identity
    }
}
