public import Foundation

/// Who is reading, as far as the store's access rules need to know.
///
/// The store applies the access table inside every read query: grants choose
/// the collections, TLP narrows within them, TLP:RED reaches only the
/// contributor and its named recipients, and public collections show their
/// TLP:CLEAR objects to anyone. Roles are decided above the store, which
/// only learns whether grants apply at all (``usesGrants``).
public struct Reader: Sendable, Hashable {
    /// The reading organization; `nil` for an anonymous reader.
    public var organizationID: UUID?
    /// The reading organization's STIX identity id, matched against TLP:RED recipients.
    public var identityID: String?
    /// Whether the organization's read grants apply (false for roles that may not read).
    public var usesGrants: Bool

    /// Creates a reader.
    public init(organizationID: UUID?, identityID: String?, usesGrants: Bool) {
        self.organizationID = organizationID
        self.identityID = identityID
        self.usesGrants = usesGrants
    }

    /// Someone without credentials: sees only TLP:CLEAR objects of public collections.
    public static let anonymous = Reader(organizationID: nil, identityID: nil, usesGrants: false)
}
