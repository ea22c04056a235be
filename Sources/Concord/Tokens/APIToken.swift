public import ConcordStore
import Crypto
public import Foundation

/// A freshly issued API token: the secret text, shown once, and the record
/// the node keeps, which holds only the secret's SHA-256 hash.
public struct IssuedToken: Sendable {
    /// The token to give the user: `concord_<id>_<secret>`. Never stored.
    public var secret: String
    /// What the store keeps.
    public var record: TokenRecord
}

/// Making, hashing and comparing API tokens.
///
/// A token carries 256 random bits, so its SHA-256 hash can serve as the
/// lookup key without salting; the comparison after lookup is constant-time
/// so a timing side channel cannot reveal a stored hash.
public enum APIToken {
    /// Issues a token for an organization with a role.
    public static func issue(organizationID: UUID, role: Role, now: Date = Date()) -> IssuedToken {
        let id = randomHex(byteCount: 6)
        let secretBytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let secret = "concord_\(id)_" + base64URL(secretBytes)
        let record = TokenRecord(id: id, organizationID: organizationID, role: role, hash: hash(secret), createdAt: now)
        return IssuedToken(secret: secret, record: record)
    }

    /// The SHA-256 hash the store keeps for a token's text.
    public static func hash(_ secret: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Whether `secret` hashes to `storedHash`, compared in constant time.
    public static func matches(_ secret: String, storedHash: [UInt8]) -> Bool {
        let candidate = hash(secret)
        guard candidate.count == storedHash.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(candidate, storedHash) { difference |= left ^ right }
        return difference == 0
    }

    static func randomHex(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<byteCount).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
