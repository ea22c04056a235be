/// A comparison expression with its tests compiled.
indirect enum CompiledComparison: Sendable {
    case and(CompiledComparison, CompiledComparison)
    case or(CompiledComparison, CompiledComparison)
    case test(CompiledTest)

    init(_ expression: ComparisonExpression) {
        switch expression {
        case .and(let left, let right): self = .and(CompiledComparison(left), CompiledComparison(right))
        case .or(let left, let right): self = .or(CompiledComparison(left), CompiledComparison(right))
        case .test(let test): self = .test(CompiledTest(test))
        }
    }

    /// For each observation (by index) that satisfies the expression, the
    /// root objects that satisfy it. `AND` needs the same root on both
    /// sides. Every test is evaluated in full, as in the reference, so data
    /// errors surface the same way whatever the other operand says.
    func evaluate(_ observations: ObservationSet) throws(PatternMatchError) -> [Int: Set<Int>] {
        switch self {
        case .test(let test):
            return try test.evaluate(observations)
        case .or(let left, let right):
            var result = try left.evaluate(observations)
            for (observation, roots) in try right.evaluate(observations) {
                result[observation, default: []].formUnion(roots)
            }
            return result
        case .and(let left, let right):
            let lhs = try left.evaluate(observations)
            let rhs = try right.evaluate(observations)
            var result: [Int: Set<Int>] = [:]
            for (observation, roots) in lhs {
                guard let other = rhs[observation] else { continue }
                let common = roots.intersection(other)
                if !common.isEmpty { result[observation] = common }
            }
            return result
        }
    }
}

extension CompiledTest {
    /// The roots, per observation, with at least one value passing the test.
    /// Values are tried in order and the first passing one ends the search for
    /// that root, which is also the order in which errors can arise.
    func evaluate(_ observations: ObservationSet) throws(PatternMatchError) -> [Int: Set<Int>] {
        var result: [Int: Set<Int>] = [:]
        for (index, observation) in observations.observations.enumerated() {
            var passing = Set<Int>()
            for (root, values) in try PathEvaluator.values(of: path, in: observation) {
                for value in values {
                    if try passes(value) {
                        passing.insert(root)
                        break
                    }
                }
            }
            if !passing.isEmpty { result[index] = passing }
        }
        return result
    }
}
