import STIX

/// What the raw input objects say about each test of a pattern, as bit sets
/// over the tests numbered left to right (see ``MatchPlan/tests``).
struct TestSightings {
    /// Tests with an input object of their type.
    var present: UInt64 = 0
    /// ``CompiledTest/Quick`` tests on plain keys that hold for some input object of their type.
    var passing: UInt64 = 0

    /// Records an input object whose `type` is `type` against every test.
    @inline(__always)
    mutating func record(_ object: JSONObject, type: String, tests: [CompiledTest]) {
        for index in tests.indices where Normalization.codePointsEqual(tests[index].path.objectType, type) {
            let bit: UInt64 = 1 << UInt64(index)
            present |= bit
            if passing & bit == 0, tests[index].passesQuickly(object) { passing |= bit }
        }
    }
}

extension CompiledTest {
    /// Whether this is a ``Quick`` test on plain keys that `object` passes, read as matching reads it.
    @inline(__always)
    func passesQuickly(_ object: JSONObject) -> Bool {
        guard let keys = plainKeys, let quick else { return false }
        return PathEvaluator.withPlainValue(keys, in: object, { passesQuickly(quick, $0) }) == true
    }
}

extension CompiledComparison {
    /// What the sightings say about the expression: whether some root could
    /// satisfy it (`possible`; false is certain, true a guess), and whether
    /// matching it cannot throw (`safe`). A test with no object of its type
    /// selects no root and cannot fail; a ``CompiledTest/Quick`` test on plain
    /// keys cannot fail and holds only where some object passes it; any other
    /// test is left to matching. Both sides of `AND` and `OR` are evaluated in
    /// full when matching, so both must be safe. `next` numbers the tests left to right.
    func screen(_ sightings: TestSightings, next: inout Int) -> (possible: Bool, safe: Bool) {
        switch self {
        case .test(let test):
            let bit: UInt64 = 1 << UInt64(next)
            next += 1
            let present = sightings.present & bit != 0
            guard test.plainKeys != nil, test.quick != nil else { return (present, !present) }
            return (sightings.passing & bit != 0, true)
        case .and(let left, let right):
            let lhs = left.screen(sightings, next: &next)
            let rhs = right.screen(sightings, next: &next)
            return (lhs.possible && rhs.possible, lhs.safe && rhs.safe)
        case .or(let left, let right):
            let lhs = left.screen(sightings, next: &next)
            let rhs = right.screen(sightings, next: &next)
            return (lhs.possible || rhs.possible, lhs.safe && rhs.safe)
        }
    }

    /// The tests, left to right.
    var tests: [CompiledTest] {
        switch self {
        case .test(let test): [test]
        case .and(let left, let right), .or(let left, let right): left.tests + right.tests
        }
    }
}
