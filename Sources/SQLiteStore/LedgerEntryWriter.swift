import ConcordStore
import Foundation
import GRDB
import STIX

/// Numbers and writes the ledger entries of one transaction, inside that
/// transaction: there is never an object without its entry or an entry
/// without its object.
///
/// Entries take their log index from the store's counter when they are
/// written, so the sequencer never rewrites them: it only hashes what is
/// past the last checkpoint. Consecutive entries of one kind are stored as one
/// row of concatenated commitments (a run), which keeps the ledger's share of
/// a batch to one row write however many objects the batch holds.
struct LedgerEntryWriter {
    /// The log index the next appended entry gets.
    private(set) var nextIndex: Int64
    private var runs: [Run] = []

    private struct Run {
        var kind: LedgerEntry.Kind
        var firstIndex: Int64
        var commitments: Data
    }

    /// Starts numbering where the store's counter stands.
    init(db: Database) throws {
        nextIndex = try Int64.fetchOne(db, sql: "SELECT next_ledger_index FROM store_clock WHERE id = 1") ?? 0
    }

    /// Appends an entry and returns its log index.
    mutating func append(_ entry: LedgerEntry) -> Int64 {
        let index = nextIndex
        nextIndex += 1
        if let last = runs.indices.last, runs[last].kind == entry.kind {
            runs[last].commitments.append(contentsOf: entry.commitment)
        } else {
            runs.append(Run(kind: entry.kind, firstIndex: index, commitments: Data(entry.commitment)))
        }
        return index
    }

    /// Writes the appended runs and advances the store's counter.
    mutating func write(in db: Database) throws {
        guard !runs.isEmpty else { return }
        let insert = try db.cachedStatement(sql: "INSERT INTO ledger_entries (first_index, kind, commitments, created_at) VALUES (?, ?, ?, ?)")
        let now = StoreTime.microseconds(Date())
        for run in runs {
            try insert.execute(arguments: [run.firstIndex, run.kind.rawValue, run.commitments, now])
        }
        try db.execute(sql: "UPDATE store_clock SET next_ledger_index = ? WHERE id = 1", arguments: [nextIndex])
        runs.removeAll()
    }

    /// Records an administrative change in its own entry: its description (fetchable by admins), salt and entry.
    static func recordAdminChange(_ change: String, _ details: JSONObject, in db: Database) throws {
        var description = details
        description["change"] = .string(change)
        description["at"] = .string(TAXIITimestamp.string(from: Date()))
        let value = JSONValue.object(description)
        let salt = Commitment.makeSalt()
        var writer = try LedgerEntryWriter(db: db)
        let index = writer.append(LedgerEntry(kind: .admin, commitment: Commitment.adminChange(salt: salt, description: value)))
        try writer.write(in: db)
        try db.execute(sql: "INSERT INTO admin_changes (ledger_index, description, salt) VALUES (?, ?, ?)",
                       arguments: [index, Data(CanonicalJSON.encode(value)), Data(salt)])
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
