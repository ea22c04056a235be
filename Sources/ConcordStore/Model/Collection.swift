public import Foundation

/// A TAXII collection: a named set of objects with its own audience.
public struct Collection: Sendable, Hashable, Codable, Identifiable {
    /// The TAXII collection id (a UUID).
    public var id: UUID
    /// Short human title.
    public var title: String
    /// Longer description, possibly empty.
    public var description: String
    /// The marking of objects that carry no TLP marking of their own.
    public var defaultTLP: TLPLevel
    /// Whether anyone, even without a token, may read its TLP:CLEAR objects.
    public var isPublic: Bool
    /// When it was created.
    public var createdAt: Date

    /// Creates a collection value.
    public init(id: UUID, title: String, description: String = "", defaultTLP: TLPLevel = .green, isPublic: Bool = false, createdAt: Date) {
        self.id = id
        self.title = title
        self.description = description
        self.defaultTLP = defaultTLP
        self.isPublic = isPublic
        self.createdAt = createdAt
    }
}
