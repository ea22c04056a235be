public import Foundation
public import Ledger

/// What persistence must do for a Concord node, and nothing of how.
///
/// Every back end (SQLite, PostgreSQL) conforms and passes the one
/// conformance suite in `Tests/StoreConformance`. All methods are async and
/// every write is one transaction: when a call returns, its effect is
/// durable; when it throws, nothing of it happened.
public protocol Store: Sendable {
    // MARK: Organizations

    /// Stores a new organization.
    /// - Throws: ``StoreError/Code/alreadyExists`` when its name or identity is taken.
    func createOrganization(_ organization: Organization) async throws
    /// The organization with this name, if any.
    func organization(named name: String) async throws -> Organization?
    /// The organization with this id, if any.
    func organization(id: UUID) async throws -> Organization?
    /// Every organization, by name.
    func organizations() async throws -> [Organization]

    // MARK: Tokens

    /// Stores a new token record.
    func createToken(_ token: TokenRecord) async throws
    /// The token whose secret hashes to `hash`, revoked or not.
    func token(hash: [UInt8]) async throws -> TokenRecord?
    /// Every token, oldest first.
    func tokens() async throws -> [TokenRecord]
    /// Marks a token revoked.
    /// - Returns: false when no active token has this id.
    func revokeToken(id: String, at date: Date) async throws -> Bool

    // MARK: Collections and grants

    /// Stores a new collection with its grants, in one transaction.
    func createCollection(_ collection: Collection, grants: [Grant]) async throws
    /// The collection with this id, if any.
    func collection(id: UUID) async throws -> Collection?
    /// Every collection, oldest first.
    func collections() async throws -> [Collection]
    /// Creates or replaces the grant of one organization on one collection.
    /// - Throws: ``StoreError/Code/notFound`` when the collection or organization is unknown.
    func setGrant(_ grant: Grant) async throws
    /// Every grant on a collection.
    func grants(collectionID: UUID) async throws -> [Grant]

    // MARK: Objects

    /// Adds object versions in one transaction and reports what happened to each,
    /// in order. Identical versions are idempotent; a different body under an
    /// existing (collection, id, version) is refused. The store assigns each
    /// added version a `date_added` later than every one before it.
    func addObjectVersions(_ versions: [ObjectVersion]) async throws -> [AddOutcome]
    /// Every stored version of one object in a collection, oldest version first.
    func objectVersions(collectionID: UUID, objectID: String) async throws -> [ObjectVersion]
    /// How many versions a collection holds.
    func countObjectVersions(collectionID: UUID) async throws -> Int

    // MARK: Reading, with access rules inside the query

    /// What `reader` may do with a collection, or `nil` when it may do nothing
    /// (or the collection does not exist: the two are indistinguishable).
    func access(collectionID: UUID, reader: Reader) async throws -> CollectionAccess?
    /// The collections `reader` may read or write, oldest first.
    func accessibleCollections(reader: Reader) async throws -> [(Collection, CollectionAccess)]
    /// One page of the versions of a collection that `reader` may see and
    /// `filter` selects, in `date_added` order, after `position` (exclusive).
    func objectVersions(collectionID: UUID, reader: Reader, filter: ObjectFilter, after position: Date?, limit: Int) async throws -> ObjectPage
    /// Deletes the versions of one object that `filter` selects, that `reader`
    /// may see, and that `contributorID` contributed (any contributor when `nil`).
    /// - Returns: how many versions were deleted.
    func deleteObjectVersions(collectionID: UUID, objectID: String, reader: Reader, filter: ObjectFilter, contributorID: UUID?) async throws -> Int

    // MARK: Paging cursors and statuses

    /// Stores a paging cursor.
    func saveCursor(_ cursor: PageCursor) async throws
    /// The cursor with this id, if any.
    func cursor(id: String) async throws -> PageCursor?
    /// Stores a TAXII status resource (as JSON) for an organization.
    func saveStatus(id: String, organizationID: UUID, body: [UInt8], createdAt: Date) async throws
    /// A stored status resource, if `organizationID` owns it.
    func status(id: String, organizationID: UUID) async throws -> [UInt8]?

    // MARK: Ledger

    /// What the ledger holds for one object version: its salt, its entry and,
    /// once the sequencer has integrated it, its index in the log.
    func ledgerRecord(collectionID: UUID, objectID: String, version: String) async throws -> LedgerRecord?
    /// How many entries the ledger holds, sequenced or not.
    func ledgerEntryCount() async throws -> Int
    /// Administrative changes whose entries come after log position `seq`, oldest first.
    func adminChanges(after seq: Int64, limit: Int) async throws -> [AdminChangeRecord]

    /// The published head of the log, or `nil` before the first checkpoint.
    func ledgerHead() async throws -> LedgerHead?
    /// The newest integrated checkpoint, published or still waiting for witness cosignatures.
    func ledgerTip() async throws -> LedgerHead?
    /// How many entries wait for the sequencer, counting at most to `limit`.
    func unsequencedEntryCount(limit: Int) async throws -> Int
    /// Entries past the newest checkpoint, in log order from its size, at most `limit`.
    func unsequencedEntries(limit: Int) async throws -> [PendingLedgerEntry]
    /// The stored contents of these tiles (absent ones are left out).
    func ledgerTiles(_ ids: [TileID]) async throws -> [TileID: Data]
    /// The contents of a tile at `id.width`, cut from the narrowest stored
    /// tile at the same address that is at least as wide (tiles only grow).
    func ledgerTilePrefix(_ id: TileID) async throws -> Data?
    /// The leaf bytes of the entries at these log indices, in order.
    func ledgerLeaves(_ range: Range<UInt64>) async throws -> [Data]
    /// Applies one sequencing step atomically.
    /// - Throws: ``StoreError/Code/conflict`` when the head is no longer at `oldSize`.
    func integrate(_ step: LedgerIntegration) async throws
    /// Publishes the integrated checkpoint of `size` with its final text (the log's
    /// signature and any witness cosignatures); it becomes the head.
    func publishCheckpoint(size: UInt64, checkpoint: String) async throws
    /// A node setting (such as the log origin), if set.
    func setting(_ key: String) async throws -> String?
    /// Sets a node setting once; returns the value now stored (the existing one if it was set).
    func initializeSetting(_ key: String, to value: String) async throws -> String

    // MARK: Witnessing

    /// Trusts a log for witnessing (its origin is the key name); idempotent.
    func trustLog(origin: String, verifierKey: String) async throws
    /// A witnessed log's key and the last size and root cosigned for it.
    func witnessedLog(origin: String) async throws -> WitnessedLog?
    /// Records a newly cosigned checkpoint if the stored size is still `oldSize`.
    /// - Returns: false (and changes nothing) when another request moved it first.
    func advanceWitnessedLog(origin: String, from oldSize: UInt64, to newSize: UInt64, root: Data) async throws -> Bool
    /// Adds (or re-keys) a witness this node asks to cosign its checkpoints.
    func addWitness(url: String, verifierKey: String) async throws
    /// The witnesses this node asks, with the last size each cosigned.
    func witnesses() async throws -> [LogWitness]
    /// Records the last size a witness cosigned.
    func setWitnessSize(url: String, size: UInt64) async throws
}
