public import Foundation

/// What one organization may do with one collection.
public struct Grant: Sendable, Hashable, Codable {
    /// The collection.
    public var collectionID: UUID
    /// The organization.
    public var organizationID: UUID
    /// May read objects (within what TLP allows).
    public var canRead: Bool
    /// May add objects.
    public var canWrite: Bool

    /// Creates a grant.
    public init(collectionID: UUID, organizationID: UUID, canRead: Bool, canWrite: Bool) {
        self.collectionID = collectionID
        self.organizationID = organizationID
        self.canRead = canRead
        self.canWrite = canWrite
    }
}
