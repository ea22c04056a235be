import ConcordStore
import Foundation
import Testing

extension StoreConformanceSuite {
    /// Invariant 2: every stored version has exactly one entry, and the entry's
    /// commitment is what the ledger format says it is.
    func everyVersionHasItsEntry() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let entriesBefore = try await store.ledgerEntryCount()
        let versions = (0..<20).map { n in
            StoreConformanceSuite.makeVersion(collection: collection, organization: organization,
                                              id: String(format: "note--00000000-0000-4000-8000-%012d", n),
                                              modified: n % 2 == 0 ? "2024-01-01T00:00:00.000Z" : "", body: "{\"n\":\(n)}")
        }
        _ = try await store.addObjectVersions(versions + [versions[0]])
        #expect(try await store.ledgerEntryCount() == entriesBefore + 20, "an unchanged re-add appends nothing")
        for version in versions {
            let record = try #require(try await store.ledgerRecord(collectionID: collection.id, objectID: version.objectID, version: version.version))
            let expected = Commitment.objectVersion(salt: record.salt, collectionID: collection.id.uuidString.lowercased(),
                                                    contributorIdentityID: organization.identityID, objectID: version.objectID,
                                                    body: version.body, version: record.version)
            #expect(record.leaf == LedgerEntry(kind: .object, commitment: expected).leaf)
            #expect(record.salt.count == 32)
            if version.version.isEmpty {
                let stored = try await store.objectVersions(collectionID: collection.id, objectID: version.objectID).first
                #expect(record.version == TAXIITimestamp.string(from: try #require(stored?.dateAdded)),
                        "a version without modified or created commits to its date_added")
            }
        }
    }

    /// Administrative changes append entries too.
    func adminChangesAppendEntries() async throws {
        let (store, _) = try await factory.makeStore()
        let start = try await store.ledgerEntryCount()
        let organization = Self.makeOrganization("auditor")
        try await store.createOrganization(organization)
        let collection = Self.makeCollection("audit")
        try await store.createCollection(collection, grants: [Grant(collectionID: collection.id, organizationID: organization.id, canRead: true, canWrite: false)])
        try await store.createToken(TokenRecord(id: "t", organizationID: organization.id, role: .reader, hash: Array(repeating: 1, count: 32), createdAt: Date()))
        _ = try await store.revokeToken(id: "t", at: Date())
        #expect(try await store.ledgerEntryCount() == start + 5)
    }
}
