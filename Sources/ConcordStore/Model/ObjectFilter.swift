public import Foundation

/// Which versions of each object a query selects (TAXII `match[version]`).
///
/// Several choices combine with OR, as TAXII's comma-separated lists do:
/// `first,last` selects both ends of every object's history.
public struct VersionSelection: Sendable, Hashable, Codable {
    /// Every version.
    public var all: Bool
    /// The earliest version of each object (among those the reader may see).
    public var first: Bool
    /// The latest version of each object (among those the reader may see).
    public var last: Bool
    /// Specific versions, as ``VersionKey`` values.
    public var versionKeys: [String]

    /// Creates a selection.
    public init(all: Bool = false, first: Bool = false, last: Bool = false, versionKeys: [String] = []) {
        self.all = all
        self.first = first
        self.last = last
        self.versionKeys = versionKeys
    }

    /// TAXII's default: the latest version of each object.
    public static let last = VersionSelection(last: true)
    /// Every version of each object.
    public static let all = VersionSelection(all: true)
}

/// The filters of a TAXII objects, manifest or versions request.
public struct ObjectFilter: Sendable, Hashable, Codable {
    /// Only versions added after this date (`added_after`).
    public var addedAfter: Date?
    /// Only these object ids (`match[id]`); empty means any.
    public var ids: [String]
    /// Only these STIX types (`match[type]`); empty means any.
    public var types: [String]
    /// Which versions (`match[version]`).
    public var versions: VersionSelection
    /// Only these spec versions (`match[spec_version]`); empty means any.
    public var specVersions: [String]

    /// Creates a filter; the default selects the latest version of every object.
    public init(addedAfter: Date? = nil, ids: [String] = [], types: [String] = [], versions: VersionSelection = .last, specVersions: [String] = []) {
        self.addedAfter = addedAfter
        self.ids = ids
        self.types = types
        self.versions = versions
        self.specVersions = specVersions
    }
}

/// One page of object versions, oldest `date_added` first.
public struct ObjectPage: Sendable {
    /// The versions on this page.
    public var versions: [ObjectVersion]
    /// Whether more versions match after this page.
    public var more: Bool

    /// Creates a page.
    public init(versions: [ObjectVersion], more: Bool) {
        self.versions = versions
        self.more = more
    }
}
