public import Foundation

/// What happened to one object version handed to ``Store/addObjectVersions(_:)``.
public enum AddOutcome: Sendable, Hashable {
    /// Stored now, with the date the store assigned.
    case added(dateAdded: Date)
    /// The same version with the same body was already stored; nothing changed.
    case unchanged(dateAdded: Date)
    /// A different body is stored under the same (collection, id, version); refused.
    case conflict(reason: String)

    /// Whether the version is in the store after the call.
    public var isStored: Bool {
        if case .conflict = self { return false }
        return true
    }
}
