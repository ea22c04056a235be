public import ConcordStore

/// The rules of who may do what, as one place every read and write path asks.
///
/// Reads are enforced by the store inside its queries (see ``Reader``); this
/// type decides what reader a principal is, and the write and delete rules.
///
/// | role | reads | writes |
/// |---|---|---|
/// | admin, publisher | by grant, within TLP | by grant |
/// | reader | by grant, within TLP | never |
/// | sensor | never | sightings (with observed-data and observables), by grant |
/// | anonymous | TLP:CLEAR of public collections | never |
public enum AccessPolicy {
    /// The reader a principal is when it reads.
    public static func reader(for principal: Principal?) -> Reader {
        guard let principal else { return .anonymous }
        return Reader(organizationID: principal.organization.id, identityID: principal.organization.identityID,
                      usesGrants: principal.role != .sensor)
    }

    /// Whether the role may add objects at all (grants decide where).
    public static func mayWrite(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.role != .reader
    }

    /// Why `principal` may not add an object of this type, or `nil` when it may.
    public static func refusal(toAdd type: String, by principal: Principal) -> String? {
        guard principal.role == .sensor else { return nil }
        if type == "sighting" || type == "observed-data" || STIXTypes.isObservable(type) { return nil }
        return "a sensor token may add only sightings, observed-data and observables, not \(type)"
    }

    /// Whether `principal` may delete versions contributed by `contributor`:
    /// the contributing organization, or an admin.
    public static func contributorRestriction(for principal: Principal) -> Organization.ID? {
        principal.role == .admin ? nil : principal.organization.id
    }
}

/// Facts about STIX type names used by access rules.
public enum STIXTypes {
    /// The STIX 2.1 cyber-observable (SCO) types.
    public static let observables: Set<String> = [
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate",
    ]

    /// Whether `type` is a STIX 2.1 cyber-observable type.
    public static func isObservable(_ type: String) -> Bool { observables.contains(type) }
}
