import ConcordStore
import Foundation
import GRDB

/// The state one `addObjectVersions` transaction carries from object to
/// object: the `date_added` clock, the ledger entries it appends, the salts
/// it hands out and the contributors' identities it has looked up.
struct AddBatch {
    var clock: DateAddedClock
    private var entries: LedgerEntryWriter?
    private var salts: [UInt8]
    private var saltsUsed = 0
    private var identities: [UUID: String] = [:]
    private var texts: [UUID: String] = [:]

    /// - Parameters:
    ///   - ledger: whether versions get ledger entries (always, except in benchmarks).
    ///   - count: the most versions the batch may add, to draw all salts in one call.
    init(db: Database, ledger: Bool, count: Int) throws {
        clock = try DateAddedClock(db: db)
        entries = ledger ? try LedgerEntryWriter(db: db) : nil
        salts = ledger ? Commitment.randomBytes(count: Commitment.saltLength * count) : []
    }

    /// Appends the entry committing to `version` (with `versionText` as the
    /// manifest reports it) and returns the salt and log index to keep with
    /// the version; an empty salt and -1 when the batch writes no ledger.
    mutating func appendEntry(for version: ObjectVersion, collection: String, version versionText: String,
                              in db: Database) throws -> (salt: Data, index: Int64) {
        guard entries != nil else { return (Data(), -1) }
        precondition(saltsUsed < salts.count, "more versions than the batch was created for")
        let salt = salts[saltsUsed..<saltsUsed + Commitment.saltLength]
        saltsUsed += Commitment.saltLength
        let commitment = Commitment.objectVersion(
            salt: salt, collectionID: collection,
            contributorIdentityID: try identity(of: version.contributorID, in: db),
            objectID: version.objectID, body: version.body, version: versionText)
        let index = entries?.append(LedgerEntry(kind: .object, commitment: commitment)) ?? -1
        return (Data(salt), index)
    }

    /// The stored text of an id (lowercase), computed once per batch: a batch
    /// names one collection and usually one contributor thousands of times.
    mutating func storeText(of id: UUID) -> String {
        if let known = texts[id] { return known }
        let text = id.storeText
        texts[id] = text
        return text
    }

    /// Writes the clock and the batch's ledger entries.
    mutating func save(in db: Database) throws {
        try clock.save(in: db)
        try entries?.write(in: db)
    }

    private mutating func identity(of organization: UUID, in db: Database) throws -> String {
        if let known = identities[organization] { return known }
        let identity = try LedgerEntryWriter.identityID(of: organization.storeText, in: db)
        identities[organization] = identity
        return identity
    }
}
