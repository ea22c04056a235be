public import ConcordStore
import Foundation
import Testing

/// The behaviour every ``Store`` back end must show, written once against the
/// protocol and run by each back end's test target.
///
/// A back end supplies a ``StoreFactory`` that opens a fresh, empty store and
/// can reopen the same one (to check what survives a restart).
public struct StoreConformanceSuite: Sendable {
    /// Opens stores for the suite.
    public let factory: any StoreFactory

    /// Creates the suite for one back end.
    public init(factory: any StoreFactory) {
        self.factory = factory
    }

    /// The names of every check, for `@Test(arguments:)`.
    public static let checkNames: [String] = checks.map(\.name)

    /// Runs the check called `name`.
    public func run(_ name: String) async throws {
        guard let check = Self.checks.first(where: { $0.name == name }) else {
            Issue.record("no conformance check named \(name)")
            return
        }
        try await check.body(self)
    }

    typealias Check = (name: String, body: @Sendable (StoreConformanceSuite) async throws -> Void)

    static let checks: [Check] = [
        ("organizations are stored and found by name and id", { try await $0.organizations() }),
        ("organization names are unique", { try await $0.uniqueOrganizationNames() }),
        ("tokens are found by hash and revoked once", { try await $0.tokens() }),
        ("collections keep their grants", { try await $0.collectionsAndGrants() }),
        ("grants need a known collection and organization", { try await $0.grantsNeedKnownParties() }),
        ("identical versions are idempotent, different bodies refused", { try await $0.idempotentVersions() }),
        ("a conflict in a batch keeps the rest of the batch", { try await $0.conflictKeepsBatch() }),
        ("date_added strictly increases across batches", { try await $0.dateAddedIncreases() }),
        ("concurrent writers get distinct increasing dates", { try await $0.concurrentWriters() }),
        ("markings and bodies survive a reopen", { try await $0.survivesReopen() }),
        ("reads follow the access table", { try await $0.accessTable() }),
        ("public collections show TLP:CLEAR to anyone", { try await $0.publicCollections() }),
        ("first and last are judged among visible versions", { try await $0.versionSelection() }),
        ("filters and pages", { try await $0.filtersAndPages() }),
        ("deletion needs sight and authorship", { try await $0.deletion() }),
        ("cursors and statuses round-trip", { try await $0.cursorsAndStatuses() }),
        ("every version has exactly one matching ledger entry", { try await $0.everyVersionHasItsEntry() }),
        ("administrative changes append ledger entries", { try await $0.adminChangesAppendEntries() }),
    ]
}

/// Opens stores for the conformance suite.
public protocol StoreFactory: Sendable {
    /// A new, empty store and a way to open it again after it is released.
    func makeStore() async throws -> (store: any Store, reopen: @Sendable () async throws -> any Store)
}
