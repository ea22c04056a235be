/// A property test prepared for fast evaluation: regexes, `LIKE` patterns and
/// CIDR operands are compiled once, when the pattern is compiled.
///
/// A class, so that handing a test around costs one reference count rather
/// than one per stored property.
final class CompiledTest: Sendable {
    enum Operation: Sendable {
        case equal(Literal, inverted: Bool)
        case order(Literal, accepts: @Sendable (Int) -> Bool)
        case member([Literal], timestamps: Bool)
        case like(LikePattern, appliesToBinary: Bool)
        /// nil only if the regex failed to compile here after passing the parser (never expected).
        case matches(PythonRegex?)
        case subset(literal: String, network: IPNetwork?)
        case superset(literal: String, network: IPNetwork?)
        case exists
    }

    let path: ObjectPath
    let negated: Bool
    let operation: Operation
    /// The path's keys when every step is a key with no special suffix
    /// (`_ref`, `_refs`, `_hex`, `_bin`): such a path is followed in place.
    let plainKeys: [String]?
    /// Whether the object type is an SDO type, which never matches STIX 2.1 input.
    let excludedInV21: Bool
    /// The operation again when it is string equality or a set of strings,
    /// which can be decided on a value without copying it.
    let quick: Quick?

    init(_ test: PropertyTest) {
        path = test.path
        negated = test.negated
        operation = CompiledTest.operation(for: test.comparison)
        plainKeys = CompiledTest.plainKeys(test.path)
        excludedInV21 = PathEvaluator.sdoTypes.contains(test.path.objectType)
        quick = Quick(operation)
    }

    static func plainKeys(_ path: ObjectPath) -> [String]? {
        var keys: [String] = []
        for step in path.steps {
            guard case .key(let key) = step,
                  !["_ref", "_refs", "_hex", "_bin"].contains(where: { key.hasSuffix($0) }) else { return nil }
            keys.append(key)
        }
        return keys
    }

    static func operation(for comparison: Comparison) -> Operation {
        switch comparison {
        case .equal(let literal): .equal(literal, inverted: false)
        case .notEqual(let literal): .equal(literal, inverted: true)
        case .less(let literal): .order(literal) { $0 < 0 }
        case .lessOrEqual(let literal): .order(literal) { $0 <= 0 }
        case .greater(let literal): .order(literal) { $0 > 0 }
        case .greaterOrEqual(let literal): .order(literal) { $0 >= 0 }
        case .in(let set):
            .member(set, timestamps: set.first.map { if case .timestamp = $0 { true } else { false } } ?? false)
        case .like(let pattern):
            .like(LikePattern(Normalization.nfc(pattern)),
                  appliesToBinary: Normalization.nfc(pattern).unicodeScalars.allSatisfy { $0.value < 0x100 })
        case .matches(let regex):
            // The parser has already compiled this regex once, so it does not fail here.
            .matches(try? PythonRegex(regex))
        case .isSubset(let literal): .subset(literal: literal, network: IPNetwork(literal, requirePrefix: true))
        case .isSuperset(let literal): .superset(literal: literal, network: IPNetwork(literal, requirePrefix: false))
        case .exists: .exists
        }
    }
}
