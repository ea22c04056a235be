public import ConcordStore
public import Foundation

extension Administration {
    /// Issues a token for the organization named `organizationName`. The
    /// returned secret is the only copy: the store keeps its hash.
    public func issueToken(organizationName: String, role: Role, now: Date = Date()) async throws(ConcordError) -> IssuedToken {
        let organization = try await organization(named: organizationName)
        let issued = APIToken.issue(organizationID: organization.id, role: role, now: now)
        try await storing { try await store.createToken(issued.record) }
        return issued
    }

    /// Every token record (never a secret), oldest first.
    public func tokens() async throws(ConcordError) -> [TokenRecord] {
        try await storing { try await store.tokens() }
    }

    /// Revokes the token with this id.
    /// - Throws: ``ConcordError/Code/notFound`` when no active token has it.
    public func revokeToken(id: String, now: Date = Date()) async throws(ConcordError) {
        let revoked = try await storing { try await store.revokeToken(id: id, at: now) }
        guard revoked else { throw ConcordError(.notFound, "no active token with id '\(id)' (see 'concord token list')") }
    }

    /// The organization and role a presented token stands for, or `nil` when
    /// it is unknown or revoked. The stored hash is compared in constant time.
    public func authenticate(token secret: String) async throws(ConcordError) -> (Organization, TokenRecord)? {
        let hash = APIToken.hash(secret)
        guard let record = try await storing({ try await store.token(hash: hash) }),
              record.isActive, APIToken.matches(secret, storedHash: record.hash) else { return nil }
        guard let organization = try await storing({ try await store.organization(id: record.organizationID) }) else { return nil }
        return (organization, record)
    }
}
