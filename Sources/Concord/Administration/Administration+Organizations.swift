public import ConcordStore
public import Foundation

extension Administration {
    /// Creates an organization with a fresh STIX identity id.
    /// - Parameter name: 1 to 64 characters: letters, digits, `-`, `_`, `.`; it is also the HTTP Basic user name.
    public func createOrganization(named name: String, now: Date = Date()) async throws(ConcordError) -> Organization {
        try Self.checkName(name)
        let organization = Organization(
            id: UUID(), name: name, identityID: "identity--\(UUID().uuidString.lowercased())", createdAt: now
        )
        try await storing { try await store.createOrganization(organization) }
        return organization
    }

    /// Every organization, by name.
    public func organizations() async throws(ConcordError) -> [Organization] {
        try await storing { try await store.organizations() }
    }

    static func checkName(_ name: String) throws(ConcordError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        guard (1...64).contains(name.count), name.allSatisfy(allowed.contains) else {
            throw ConcordError(.invalidArgument, "organization name '\(name)' must be 1 to 64 letters, digits, '-', '_' or '.'")
        }
    }
}
