/// A Traffic Light Protocol 2.0 level, from least to most restrictive.
///
/// TLP 1.0 markings map onto these (WHITE is CLEAR). The order matters: an
/// object with several TLP markings takes the most restrictive one.
public enum TLPLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case clear
    case green
    case amber
    case amberStrict = "amber+strict"
    case red

    /// Restrictiveness: CLEAR < GREEN < AMBER < AMBER+STRICT < RED.
    public static func < (lhs: TLPLevel, rhs: TLPLevel) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .clear: 0
        case .green: 1
        case .amber: 2
        case .amberStrict: 3
        case .red: 4
        }
    }

    /// The label people write: `TLP:AMBER+STRICT`.
    public var label: String { "TLP:" + rawValue.uppercased() }
}
