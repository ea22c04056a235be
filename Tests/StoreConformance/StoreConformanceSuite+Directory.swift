import ConcordStore
import Foundation
import Testing

extension StoreConformanceSuite {
    func organizations() async throws {
        let (store, _) = try await factory.makeStore()
        let zebra = Self.makeOrganization("zebra-transit")
        let alpha = Self.makeOrganization("alpha-hospital")
        try await store.createOrganization(zebra)
        try await store.createOrganization(alpha)
        #expect(try await store.organization(named: "zebra-transit")?.id == zebra.id)
        #expect(try await store.organization(id: alpha.id)?.identityID == alpha.identityID)
        #expect(try await store.organization(named: "nobody") == nil)
        #expect(try await store.organizations().map(\.name) == ["alpha-hospital", "zebra-transit"])
    }

    func uniqueOrganizationNames() async throws {
        let (store, _) = try await factory.makeStore()
        try await store.createOrganization(Self.makeOrganization("city-cert"))
        let error = await #expect(throws: StoreError.self) {
            try await store.createOrganization(Self.makeOrganization("city-cert"))
        }
        #expect(error?.code == .alreadyExists)
        #expect(try await store.organizations().count == 1)
    }

    func tokens() async throws {
        let (store, _) = try await factory.makeStore()
        let organization = Self.makeOrganization("grid-operator")
        try await store.createOrganization(organization)
        let hash = Array(repeating: UInt8(7), count: 32)
        let record = TokenRecord(id: "tok1", organizationID: organization.id, role: .publisher, hash: hash, createdAt: Date())
        try await store.createToken(record)
        #expect(try await store.token(hash: hash)?.role == .publisher)
        #expect(try await store.token(hash: Array(repeating: 8, count: 32)) == nil)
        #expect(try await store.revokeToken(id: "tok1", at: Date()) == true)
        #expect(try await store.revokeToken(id: "tok1", at: Date()) == false)
        #expect(try await store.revokeToken(id: "missing", at: Date()) == false)
        let revoked = try await store.token(hash: hash)
        #expect(revoked?.isActive == false)
        #expect(try await store.tokens().map(\.id) == ["tok1"])
    }

    func collectionsAndGrants() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let other = Self.makeOrganization("hospital")
        try await store.createOrganization(other)
        #expect(try await store.collection(id: collection.id) == collection.roundedToMicroseconds)
        try await store.setGrant(Grant(collectionID: collection.id, organizationID: other.id, canRead: true, canWrite: false))
        try await store.setGrant(Grant(collectionID: collection.id, organizationID: organization.id, canRead: true, canWrite: false))
        let grants = try await store.grants(collectionID: collection.id)
        #expect(grants.count == 2)
        #expect(grants.allSatisfy { !$0.canWrite && $0.canRead })
        #expect(try await store.collections().map(\.id) == [collection.id])
    }

    func grantsNeedKnownParties() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let unknownCollection = await #expect(throws: StoreError.self) {
            try await store.setGrant(Grant(collectionID: UUID(), organizationID: organization.id, canRead: true, canWrite: true))
        }
        #expect(unknownCollection?.code == .notFound)
        let unknownOrganization = await #expect(throws: StoreError.self) {
            try await store.setGrant(Grant(collectionID: collection.id, organizationID: UUID(), canRead: true, canWrite: true))
        }
        #expect(unknownOrganization?.code == .notFound)
    }
}

extension Collection {
    /// The value as a store returns it: dates kept to the microsecond.
    var roundedToMicroseconds: Collection {
        var copy = self
        copy.createdAt = Date(timeIntervalSince1970: (createdAt.timeIntervalSince1970 * 1_000_000).rounded() / 1_000_000)
        return copy
    }
}
