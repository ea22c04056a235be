public import ConcordStore

/// Who is making a request: an organization acting through a token with a role.
/// Anonymous requests have no principal.
public struct Principal: Sendable, Hashable {
    /// The organization the token acts for.
    public var organization: Organization
    /// The token's role.
    public var role: Role

    /// Creates a principal.
    public init(organization: Organization, role: Role) {
        self.organization = organization
        self.role = role
    }
}
