import Foundation

/// One entry of the node's verifiable log: a salted commitment, nothing else.
///
/// The public log shows only how much was contributed and when — never what,
/// by whom, or in which collection — so checkpoints and tiles can be public
/// while TLP:RED content and grants stay confidential.
public struct LedgerEntry: Sendable, Hashable {
    /// What the entry commits to.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An accepted object version.
        case object
        /// An administrative change (organizations, tokens, grants, collections, witnesses, peers).
        case admin
    }

    /// What the entry commits to.
    public var kind: Kind
    /// SHA-256(salt ‖ JCS(description)), 32 bytes.
    public var commitment: [UInt8]

    /// Creates an entry.
    public init(kind: Kind, commitment: [UInt8]) {
        self.kind = kind
        self.commitment = commitment
    }

    /// The exact leaf bytes: the canonical JSON
    /// `{"commitment":"<base64>","kind":"object"|"admin","v":1}`.
    public var leaf: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        bytes.append(contentsOf: #"{"commitment":""#.utf8)
        bytes.append(contentsOf: Data(commitment).base64EncodedString().utf8)
        bytes.append(contentsOf: #"","kind":""#.utf8)
        bytes.append(contentsOf: kind.rawValue.utf8)
        bytes.append(contentsOf: #"","v":1}"#.utf8)
        return bytes
    }
}
