import Concord
import ConcordStore
import Foundation
import Testing

@Suite("Administration")
struct AdministrationTests {
    @Test func tokensAuthenticateUntilRevoked() async throws {
        let test = try await TestNode()
        let administration = test.node.administration
        let issued = try await administration.issueToken(organizationName: "water-utility", role: .publisher)
        let authenticated = try await administration.authenticate(token: issued.secret)
        #expect(authenticated?.0.name == "water-utility")
        #expect(authenticated?.1.role == .publisher)
        #expect(try await administration.authenticate(token: issued.secret + "0") == nil)
        try await administration.revokeToken(id: issued.record.id)
        #expect(try await administration.authenticate(token: issued.secret) == nil)
    }

    @Test func errorsNameWhatIsMissing() async throws {
        let test = try await TestNode()
        let administration = test.node.administration
        let noOrg = await #expect(throws: ConcordError.self) {
            _ = try await administration.issueToken(organizationName: "ghost", role: .reader)
        }
        #expect(noOrg?.code == .notFound)
        #expect(noOrg?.message.contains("ghost") == true)
        let noCollection = await #expect(throws: ConcordError.self) {
            _ = try await administration.grant(collectionID: UUID(), organizationName: "water-utility", read: true, write: false)
        }
        #expect(noCollection?.code == .notFound)
        let blank = await #expect(throws: ConcordError.self) {
            _ = try await administration.createCollection(.init(title: "  "))
        }
        #expect(blank?.code == .invalidArgument)
    }

    @Test func writeGrantImpliesRead() async throws {
        let test = try await TestNode()
        _ = try await test.node.administration.createOrganization(named: "hospital")
        let grant = try await test.node.administration.grant(collectionID: test.collection.id, organizationName: "hospital", read: false, write: true)
        #expect(grant.canRead && grant.canWrite)
    }
}
