/// The access marking resolved for one stored object version.
///
/// Collection grants choose the audience; the TLP level narrows it. For
/// TLP:RED, ``recipients`` lists the STIX `identity` ids of the organizations
/// the publisher named, besides itself.
public struct Marking: Sendable, Hashable, Codable {
    /// The TLP level in force.
    public var tlp: TLPLevel
    /// For TLP:RED, the identity ids of the named recipients; empty otherwise.
    public var recipients: [String]

    /// Creates a marking.
    public init(tlp: TLPLevel, recipients: [String] = []) {
        self.tlp = tlp
        self.recipients = recipients
    }
}
