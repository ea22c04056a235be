public import ConcordStore
import Foundation

/// The administrative operations of a node: organizations, tokens,
/// collections and grants. The CLI and the admin API both call these, so
/// the rules live in one place.
public struct Administration: Sendable {
    /// The store changed by these operations.
    public let store: any Store

    /// Creates the operations over a store.
    public init(store: any Store) {
        self.store = store
    }

    /// The organization named `name`.
    /// - Throws: ``ConcordError/Code/notFound`` naming it when there is none.
    public func organization(named name: String) async throws(ConcordError) -> Organization {
        let found = try await storing { try await store.organization(named: name) }
        guard let found else {
            throw ConcordError(.notFound, "no organization named '\(name)' (see 'concord org list')")
        }
        return found
    }
}
