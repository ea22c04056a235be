import ConcordStore
import Foundation

extension StoreConformanceSuite {
    static func makeOrganization(_ name: String) -> Organization {
        Organization(id: UUID(), name: name, identityID: "identity--\(UUID().uuidString.lowercased())", createdAt: Date())
    }

    static func makeCollection(_ title: String, defaultTLP: TLPLevel = .green) -> Collection {
        Collection(id: UUID(), title: title, description: "about \(title)", defaultTLP: defaultTLP, isPublic: false, createdAt: Date())
    }

    /// A store with one organization and one collection it may write to.
    func makePopulatedStore() async throws -> (store: any Store, organization: Organization, collection: Collection, reopen: @Sendable () async throws -> any Store) {
        let (store, reopen) = try await factory.makeStore()
        let organization = Self.makeOrganization("water-utility")
        let collection = Self.makeCollection("indicators")
        try await store.createOrganization(organization)
        try await store.createCollection(collection, grants: [
            Grant(collectionID: collection.id, organizationID: organization.id, canRead: true, canWrite: true),
        ])
        return (store, organization, collection, reopen)
    }

    static func makeVersion(
        collection: Collection, organization: Organization, id: String, modified: String,
        body: String, tlp: TLPLevel = .green, recipients: [String] = []
    ) -> ObjectVersion {
        ObjectVersion(
            collectionID: collection.id, objectID: id, type: String(id.split(separator: "-").first ?? ""),
            version: modified, specVersion: "2.1", contributorID: organization.id,
            marking: Marking(tlp: tlp, recipients: recipients), body: Array(body.utf8)
        )
    }
}
