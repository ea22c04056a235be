public import Foundation

/// Where a paged TAXII listing stopped, kept in the store so that any node
/// can continue it: the opaque `next` a client receives is only this
/// cursor's random id.
public struct PageCursor: Sendable, Hashable {
    /// Which listing the cursor continues.
    public enum Listing: String, Sendable, Hashable, Codable {
        case objects, manifest, versions
    }

    /// The opaque id handed to the client.
    public var id: String
    /// The organization the listing was made for (`nil` when anonymous); nobody else may continue it.
    public var organizationID: UUID?
    /// The collection listed.
    public var collectionID: UUID
    /// The endpoint.
    public var listing: Listing
    /// The filters of the first request.
    public var filter: ObjectFilter
    /// Page size.
    public var limit: Int
    /// The `date_added` of the last version already returned.
    public var position: Date
    /// When the cursor was made.
    public var createdAt: Date

    /// Creates a cursor.
    public init(id: String, organizationID: UUID?, collectionID: UUID, listing: Listing, filter: ObjectFilter,
                limit: Int, position: Date, createdAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.collectionID = collectionID
        self.listing = listing
        self.filter = filter
        self.limit = limit
        self.position = position
        self.createdAt = createdAt
    }
}

/// What a reader may do with a collection.
public struct CollectionAccess: Sendable, Hashable {
    /// May read (by grant, or as a public collection's reader of TLP:CLEAR).
    public var canRead: Bool
    /// May add objects.
    public var canWrite: Bool

    /// Creates an access answer.
    public init(canRead: Bool, canWrite: Bool) {
        self.canRead = canRead
        self.canWrite = canWrite
    }
}
