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

    /// The root objects, per observation, that satisfy the expression. `AND`
    /// needs the same root on both sides. Every test is evaluated in full, as
    /// in the reference, so data errors surface the same way whatever the
    /// other operand says.
    func evaluate(_ observations: ObservationSet) throws(PatternMatchError) -> [RootHit] {
        switch self {
        case .test(let test):
            return try test.evaluate(observations)
        case .or(let left, let right):
            let lhs = try left.evaluate(observations)
            return RootHits.union(lhs, try right.evaluate(observations))
        case .and(let left, let right):
            let lhs = try left.evaluate(observations)
            return RootHits.intersection(lhs, try right.evaluate(observations))
        }
    }
}

extension CompiledTest {
    /// The roots, per observation, with at least one value passing the test.
    /// Values are tried in order and the first passing one ends the search for
    /// that root, which is also the order in which errors can arise.
    func evaluate(_ observations: ObservationSet) throws(PatternMatchError) -> [RootHit] {
        var hits: [RootHit] = []
        for index in observations.observations.indices {
            let observation = observations.observations[index]
            if observation.isV21 && excludedInV21 { continue }
            if let keys = plainKeys {
                try evaluatePlain(keys, observation, index, observations, &hits)
                continue
            }
            for (root, values) in try PathEvaluator.values(of: path, in: observation, of: observations) {
                for value in values where try passes(value) {
                    hits.append(RootHit(observation: Int32(index), root: Int32(root)))
                    break
                }
            }
        }
        return hits
    }

    /// A path of plain keys selects at most one value per root and cannot fail,
    /// so it is followed in place, without building value lists.
    private func evaluatePlain(_ keys: [String], _ observation: ObservationSet.Observation, _ index: Int,
                               _ set: ObservationSet, _ hits: inout [RootHit]) throws(PatternMatchError) {
        for position in observation.roots {
            let object = set.objects[Int(set.indexes[Int(position)])].object
            guard object.has("type", equalTo: path.objectType) else { continue }
            let passed: Bool
            if let quick {
                guard let verdict = PathEvaluator.withPlainValue(keys, in: object, { passesQuickly(quick, $0) }) else { continue }
                passed = verdict
            } else {
                guard let value = PathEvaluator.follow(keys, from: object) else { continue }
                passed = try passes(.json(value))
            }
            if passed { hits.append(RootHit(observation: Int32(index), root: position - observation.roots.lowerBound)) }
        }
    }
}
