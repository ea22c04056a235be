import STIX

extension CompiledTest {
    /// String equality and sets of strings, the bulk of indicator patterns,
    /// decided on a JSON value where it lies. The verdicts are those of
    /// ``CompiledTest/passes(_:)``: only a JSON string can equal a string
    /// literal or belong to a set of strings (by code point), and neither
    /// operation can fail.
    enum Quick: Sendable {
        case equal(String, inverted: Bool)
        case member([String])

        init?(_ operation: Operation) {
            switch operation {
            case .equal(.string(let text), let inverted):
                self = .equal(text, inverted: inverted)
            case .member(let set, timestamps: false):
                var strings: [String] = []
                for literal in set {
                    guard case .string(let text) = literal else { return nil }
                    strings.append(text)
                }
                self = .member(strings)
            default:
                return nil
            }
        }
    }

    /// Whether `value` passes a ``Quick`` operation, with `NOT` applied.
    @inline(__always)
    func passesQuickly(_ quick: Quick, _ value: JSONValue) -> Bool {
        guard case .string(let text) = value else {
            if case .equal(_, let inverted) = quick { return inverted != negated }
            return negated
        }
        switch quick {
        case .equal(let expected, let inverted):
            return (Normalization.codePointsEqual(text, expected) != inverted) != negated
        case .member(let set):
            for member in set where Normalization.codePointsEqual(member, text) { return !negated }
            return negated
        }
    }
}

extension PathEvaluator {
    /// `body` applied, in place, to the value at a path of plain keys (see
    /// ``CompiledTest/plainKeys``), or nil when the path selects nothing.
    static func withPlainValue<Result>(_ keys: [String], from index: Int = 0, in object: JSONObject,
                                       _ body: (JSONValue) -> Result) -> Result? {
        object.withValue(named: keys[index]) { value -> Result? in
            if index == keys.count - 1 { return body(value) }
            guard case .object(let inner) = value else { return nil }
            return withPlainValue(keys, from: index + 1, in: inner, body)
        } ?? nil
    }
}
