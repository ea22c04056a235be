public import ConcordStore
public import Foundation

extension Administration {
    /// What a new collection should be.
    public struct CollectionRequest: Sendable {
        public var title: String
        public var description: String
        public var defaultTLP: TLPLevel
        public var isPublic: Bool
        /// Names of organizations that may read.
        public var readers: [String]
        /// Names of organizations that may write (and read).
        public var writers: [String]

        public init(title: String, description: String = "", defaultTLP: TLPLevel = .green, isPublic: Bool = false,
                    readers: [String] = [], writers: [String] = []) {
            self.title = title
            self.description = description
            self.defaultTLP = defaultTLP
            self.isPublic = isPublic
            self.readers = readers
            self.writers = writers
        }
    }

    /// Creates a collection and its grants in one step. Writers may also read.
    public func createCollection(_ request: CollectionRequest, now: Date = Date()) async throws(ConcordError) -> Collection {
        let title = request.title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw ConcordError(.invalidArgument, "a collection needs a non-empty title") }
        let collection = Collection(id: UUID(), title: title, description: request.description,
                                    defaultTLP: request.defaultTLP, isPublic: request.isPublic, createdAt: now)
        var grants: [UUID: Grant] = [:]
        for name in request.readers {
            let organization = try await organization(named: name)
            grants[organization.id] = Grant(collectionID: collection.id, organizationID: organization.id, canRead: true, canWrite: false)
        }
        for name in request.writers {
            let organization = try await organization(named: name)
            grants[organization.id] = Grant(collectionID: collection.id, organizationID: organization.id, canRead: true, canWrite: true)
        }
        let allGrants = Array(grants.values)
        try await storing { try await store.createCollection(collection, grants: allGrants) }
        return collection
    }

    /// Every collection, oldest first.
    public func collections() async throws(ConcordError) -> [Collection] {
        try await storing { try await store.collections() }
    }

    /// The collection with this id.
    /// - Throws: ``ConcordError/Code/notFound`` when there is none.
    public func collection(id: UUID) async throws(ConcordError) -> Collection {
        guard let found = try await storing({ try await store.collection(id: id) }) else {
            throw ConcordError(.notFound, "no collection with id \(id.uuidString.lowercased()) (see 'concord collection list')")
        }
        return found
    }

    /// Sets what one organization may do with one collection; read false and write false removes access.
    public func grant(collectionID: UUID, organizationName: String, read: Bool, write: Bool) async throws(ConcordError) -> Grant {
        _ = try await collection(id: collectionID)
        let organization = try await organization(named: organizationName)
        let grant = Grant(collectionID: collectionID, organizationID: organization.id, canRead: read || write, canWrite: write)
        try await storing { try await store.setGrant(grant) }
        return grant
    }

    /// Every grant on a collection.
    public func grants(collectionID: UUID) async throws(ConcordError) -> [Grant] {
        try await storing { try await store.grants(collectionID: collectionID) }
    }
}
