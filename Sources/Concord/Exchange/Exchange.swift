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
        let reader = AccessPolicy.reader(for: principal)
        let listed = try await storing { try await store.accessibleCollections(reader: readerWithWriteGrants(reader, principal)) }
        return listed.map { collection, access in
            (collection, CollectionAccess(canRead: access.canRead && reader.usesGrants || access.canRead && collection.isPublic,
                                          canWrite: access.canWrite && AccessPolicy.mayWrite(principal)))
        }
    }

    /// One collection and what `principal` may do with it.
    /// - Throws: ``ConcordError/Code/notFound`` when it does not exist or the principal may do nothing with it.
    public func collection(id: UUID, for principal: Principal?) async throws(ConcordError) -> (Collection, CollectionAccess) {
        guard let match = try await collections(for: principal).first(where: { $0.0.id == id }) else {
            throw ConcordError(.notFound, "no collection \(id.uuidString.lowercased())")
        }
        return match
    }

    /// A sensor reads nothing but must still see the collections it may write to.
    private func readerWithWriteGrants(_ reader: Reader, _ principal: Principal?) -> Reader {
        guard let principal, principal.role == .sensor else { return reader }
        return Reader(organizationID: principal.organization.id, identityID: principal.organization.identityID, usesGrants: true)
    }
}
