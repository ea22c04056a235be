public import ConcordStore
public import Foundation

extension Exchange {
    /// Where a listing starts: fresh with filters, or continuing a `next` cursor.
    public enum PageStart: Sendable {
        case first(filter: ObjectFilter, limit: Int?)
        case cursor(id: String)
    }

    /// One page of a listing, with the cursor id to continue it when there is more.
    public struct Listing: Sendable {
        public var versions: [ObjectVersion]
        public var more: Bool
        public var next: String?
    }

    /// Lists object versions of a collection that `principal` may see.
    /// - Throws: `notFound` for a collection it may not read; `invalidArgument` for a bad or foreign cursor.
    public func list(
        _ listing: PageCursor.Listing, collectionID: UUID, principal: Principal?, start: PageStart
    ) async throws(ConcordError) -> Listing {
        let (_, access) = try await collection(id: collectionID, for: principal)
        guard access.canRead else { throw ConcordError(.notFound, "no collection \(collectionID.uuidString.lowercased())") }
        let reader = AccessPolicy.reader(for: principal)
        let (filter, limit, position) = try await resolve(start, listing: listing, collectionID: collectionID, principal: principal)
        let page = try await storing {
            try await store.objectVersions(collectionID: collectionID, reader: reader, filter: filter, after: position, limit: limit)
        }
        var next: String?
        if page.more, let last = page.versions.last?.dateAdded {
            let cursor = PageCursor(id: UUID().uuidString.lowercased(), organizationID: principal?.organization.id,
                                    collectionID: collectionID, listing: listing, filter: filter, limit: limit,
                                    position: last, createdAt: Date())
            try await storing { try await store.saveCursor(cursor) }
            next = cursor.id
        }
        return Listing(versions: page.versions, more: page.more, next: next)
    }

    private func resolve(
        _ start: PageStart, listing: PageCursor.Listing, collectionID: UUID, principal: Principal?
    ) async throws(ConcordError) -> (ObjectFilter, Int, Date?) {
        switch start {
        case .first(let filter, let limit):
            return (filter, min(max(limit ?? maximumPageSize, 1), maximumPageSize), nil)
        case .cursor(let id):
            guard let cursor = try await storing({ try await store.cursor(id: id) }),
                  cursor.collectionID == collectionID, cursor.listing == listing,
                  cursor.organizationID == principal?.organization.id else {
                throw ConcordError(.invalidArgument, "'next' is not a cursor of this listing: start again without it")
            }
            return (cursor.filter, cursor.limit, cursor.position)
        }
    }
}
