public import ConcordStore
public import Foundation
import STIX

/// The exchange as TAXII sees it: collections, object listings with paging,
/// publishing and deletion, each on behalf of a principal and under the
/// ``AccessPolicy``. The HTTP layer only translates requests and responses.
public struct Exchange: Sendable {
    /// The store behind the exchange.
    public let store: any Store
    /// The largest page a listing returns, whatever the client asks.
    public let maximumPageSize: Int

    /// Creates the exchange.
    public init(store: any Store, maximumPageSize: Int = 1_000) {
        self.store = store
        self.maximumPageSize = maximumPageSize
    }

    /// The collections `principal` may read or write.
    public func collections(for principal: Principal?) async throws(ConcordError) -> [(Collection, CollectionAccess)] {
        let listed = try await storing { try await store.accessibleCollections(reader: Self.grantReader(for: principal)) }
        return listed.compactMap { collection, access in Self.effective(access, in: collection, for: principal).map { (collection, $0) } }
    }

    /// One collection and what `principal` may do with it, in two small queries.
    /// - Throws: ``ConcordError/Code/notFound`` when it does not exist or the principal may do nothing with it.
    public func collection(id: UUID, for principal: Principal?) async throws(ConcordError) -> (Collection, CollectionAccess) {
        let notFound = ConcordError(.notFound, "no collection \(id.uuidString.lowercased())")
        guard let access = try await storing({ try await store.access(collectionID: id, reader: Self.grantReader(for: principal)) }),
              let collection = try await storing({ try await store.collection(id: id) }),
              let effective = Self.effective(access, in: collection, for: principal) else { throw notFound }
        return (collection, effective)
    }

    /// The reader whose grants decide which collections a principal sees: a
    /// sensor reads nothing but must still find the collections it writes to.
    static func grantReader(for principal: Principal?) -> Reader {
        guard let principal, principal.role == .sensor else { return AccessPolicy.reader(for: principal) }
        return Reader(organizationID: principal.organization.id, identityID: principal.organization.identityID, usesGrants: true)
    }

    /// What the role allows of the granted access; `nil` when nothing is left.
    static func effective(_ access: CollectionAccess, in collection: Collection, for principal: Principal?) -> CollectionAccess? {
        let reads = AccessPolicy.reader(for: principal).usesGrants || collection.isPublic
        let result = CollectionAccess(canRead: access.canRead && reads, canWrite: access.canWrite && AccessPolicy.mayWrite(principal))
        return result.canRead || result.canWrite ? result : nil
    }
}
