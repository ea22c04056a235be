/// What the ledger keeps about one object version, for proofs: everything a
/// reader needs, with the object itself, to recompute the entry.
public struct LedgerRecord: Sendable, Hashable {
    /// The 32 random bytes mixed into the commitment.
    public var salt: [UInt8]
    /// The entry's exact leaf bytes.
    public var leaf: [UInt8]
    /// The entry's index in the log, once sequenced.
    public var index: UInt64?
    /// The version text the commitment covers (modified, else created, else date_added).
    public var version: String
    /// The contributor's STIX identity id the commitment covers.
    public var contributorIdentityID: String

    /// Creates a record.
    public init(salt: [UInt8], leaf: [UInt8], index: UInt64?, version: String, contributorIdentityID: String) {
        self.salt = salt
        self.leaf = leaf
        self.index = index
        self.version = version
        self.contributorIdentityID = contributorIdentityID
    }
}
