/// What a token may do on a node.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Operates the node: organizations, tokens, collections, grants.
    case admin
    /// Reads and writes where its organization holds grants.
    case publisher
    /// Reads where its organization holds grants.
    case reader
    /// Writes sightings only.
    case sensor
}
