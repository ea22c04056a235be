import Concord
import ConcordStore
import Foundation
import Testing

@Suite("API tokens")
struct APITokenTests {
    @Test func issuedTokensAreUniqueAndKeepOnlyAHash() {
        let organization = UUID()
        let first = APIToken.issue(organizationID: organization, role: .reader)
        let second = APIToken.issue(organizationID: organization, role: .reader)
        #expect(first.secret != second.secret)
        #expect(first.record.id != second.record.id)
        #expect(first.secret.hasPrefix("concord_\(first.record.id)_"))
        #expect(first.record.hash == APIToken.hash(first.secret))
        #expect(first.record.hash.count == 32)
        #expect(!first.record.hash.elementsEqual(Array(first.secret.utf8).prefix(32)))
    }

    @Test func matchingIsExact() {
        let issued = APIToken.issue(organizationID: UUID(), role: .admin)
        #expect(APIToken.matches(issued.secret, storedHash: issued.record.hash))
        #expect(!APIToken.matches(issued.secret + "x", storedHash: issued.record.hash))
        #expect(!APIToken.matches(String(issued.secret.dropLast()), storedHash: issued.record.hash))
        #expect(!APIToken.matches(issued.secret, storedHash: []))
    }
}
