public import Foundation

/// A member organization of the sharing community.
public struct Organization: Sendable, Hashable, Codable, Identifiable {
    /// Opaque, stable identifier.
    public var id: UUID
    /// Unique, human-chosen name (also the HTTP Basic user name).
    public var name: String
    /// The STIX `identity` id that stands for this organization in objects
    /// (`created_by_ref`, TLP:RED recipients).
    public var identityID: String
    /// When it was created.
    public var createdAt: Date

    /// Creates an organization value.
    public init(id: UUID, name: String, identityID: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.identityID = identityID
        self.createdAt = createdAt
    }
}
