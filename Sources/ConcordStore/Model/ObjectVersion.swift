public import Foundation

/// One version of one STIX object in one collection, as stored.
///
/// Versions are keyed by (collection, object id, version). The body is the
/// object's RFC 8785 canonical JSON, so equal objects have equal bytes.
public struct ObjectVersion: Sendable, Hashable {
    /// The collection it belongs to.
    public var collectionID: UUID
    /// The STIX id (`type--uuid`).
    public var objectID: String
    /// The STIX type, for `match[type]`.
    public var type: String
    /// The object's `modified`, else `created`, else empty (objects without versions).
    public var version: String
    /// The object's `spec_version`, or `2.1` when it has none.
    public var specVersion: String
    /// The organization that contributed it.
    public var contributorID: UUID
    /// Who may read it.
    public var marking: Marking
    /// The canonical JSON of the object.
    public var body: [UInt8]
    /// When the store accepted it; strictly increasing across the store. Set by the store.
    public var dateAdded: Date?

    /// Creates a version to be added (the store sets ``dateAdded``).
    public init(
        collectionID: UUID, objectID: String, type: String, version: String, specVersion: String,
        contributorID: UUID, marking: Marking, body: [UInt8], dateAdded: Date? = nil
    ) {
        self.collectionID = collectionID
        self.objectID = objectID
        self.type = type
        self.version = version
        self.specVersion = specVersion
        self.contributorID = contributorID
        self.marking = marking
        self.body = body
        self.dateAdded = dateAdded
    }
}
