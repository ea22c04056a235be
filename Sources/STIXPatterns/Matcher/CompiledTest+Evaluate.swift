import STIX

extension CompiledTest {
    /// Whether `value` passes, with `NOT` applied as the reference applies it.
    func passes(_ value: PathValue) throws(PatternMatchError) -> Bool {
        switch operation {
        case .equal(let literal, let inverted):
            let result = try Comparisons.equal(value, literal)
            return (result != inverted) != negated
        case .order(let literal, let accepts):
            switch try Comparisons.order(value, literal) {
            case .incomparable: return false
            case .invalid: return negated
            case .ordered(let sign): return accepts(sign) != negated
            }
        case .member(let set, let timestamps):
            return try Comparisons.member(value, set, timestamps: timestamps) != negated
        case .like(let pattern, let appliesToBinary):
            return try like(pattern, appliesToBinary, value) != negated
        case .matches(let regex):
            return matches(regex, value) != negated
        case .subset(let literal, let network):
            guard case .json(.string(let text)) = value else { return negated }
            let inside = try IPChecks.network(text, requirePrefix: false)
            return inside.isInside(try IPChecks.literal(network, literal)) != negated
        case .superset(let literal, let network):
            guard case .json(.string(let text)) = value else { return negated }
            let container = try IPChecks.network(text, requirePrefix: true)
            return try IPChecks.literal(network, literal).isInside(container) != negated
        case .exists:
            return true
        }
    }

    private func like(_ pattern: LikePattern, _ appliesToBinary: Bool, _ value: PathValue) throws(PatternMatchError) -> Bool {
        switch value {
        case .json(.string(let text)):
            return pattern.matches(Normalization.nfc(text))
        case .bytes(let bytes) where appliesToBinary:
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw PatternMatchError(.invalidValue, "binary value is not UTF-8 text for LIKE")
            }
            return pattern.matches(Normalization.nfc(text))
        default:
            return false
        }
    }

    private func matches(_ regex: PythonRegex?, _ value: PathValue) -> Bool {
        guard let regex else { return false }
        return switch value {
        case .json(.string(let text)): regex.search(text)
        case .bytes(let bytes): regex.appliesToBinary && regex.search(bytes: bytes)
        default: false
        }
    }
}

/// Address parsing for `ISSUBSET`/`ISSUPERSET`, failing as the reference fails.
enum IPChecks {
    static func network(_ text: String, requirePrefix: Bool) throws(PatternMatchError) -> IPNetwork {
        guard let network = IPNetwork(text, requirePrefix: requirePrefix) else {
            throw PatternMatchError(.invalidValue, "invalid IP address or CIDR subnet: \(text)")
        }
        return network
    }

    static func literal(_ network: IPNetwork?, _ text: String) throws(PatternMatchError) -> IPNetwork {
        guard let network else { throw PatternMatchError(.invalidValue, "invalid IP address or CIDR subnet: \(text)") }
        return network
    }
}
