public import Foundation

/// What a node keeps of an API token: never the token, only its SHA-256 hash.
public struct TokenRecord: Sendable, Hashable, Codable, Identifiable {
    /// Short public identifier, shown in listings and used to revoke.
    public var id: String
    /// The organization the token acts for.
    public var organizationID: UUID
    /// What the token may do.
    public var role: Role
    /// SHA-256 of the token's secret text.
    public var hash: [UInt8]
    /// When it was issued.
    public var createdAt: Date
    /// When it was revoked, if it was.
    public var revokedAt: Date?

    /// Creates a token record.
    public init(id: String, organizationID: UUID, role: Role, hash: [UInt8], createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.role = role
        self.hash = hash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// Whether the token is still usable.
    public var isActive: Bool { revokedAt == nil }
}
