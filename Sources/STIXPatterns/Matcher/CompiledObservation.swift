/// An observation expression with its comparison expressions compiled.
indirect enum CompiledObservation: Sendable {
    case comparison(CompiledComparison)
    case and(CompiledObservation, CompiledObservation)
    case or(CompiledObservation, CompiledObservation)
    case followedBy(CompiledObservation, CompiledObservation)
    case within(CompiledObservation, microseconds: Int64)
    case repeats(CompiledObservation, times: Int)
    case startStop(CompiledObservation, start: PatternTimestamp, stop: PatternTimestamp)

    init(_ expression: ObservationExpression) {
        switch expression {
        case .comparison(let comparison): self = .comparison(CompiledComparison(comparison))
        case .and(let l, let r): self = .and(CompiledObservation(l), CompiledObservation(r))
        case .or(let l, let r): self = .or(CompiledObservation(l), CompiledObservation(r))
        case .followedBy(let l, let r): self = .followedBy(CompiledObservation(l), CompiledObservation(r))
        case .within(let inner, let micros): self = .within(CompiledObservation(inner), microseconds: micros)
        case .repeats(let inner, let times): self = .repeats(CompiledObservation(inner), times: times)
        case .startStop(let inner, let start, let stop):
            self = .startStop(CompiledObservation(inner), start: start, stop: stop)
        }
    }

    /// The comparison expressions in left-to-right order.
    var comparisons: [CompiledComparison] {
        switch self {
        case .comparison(let comparison): [comparison]
        case .and(let l, let r), .or(let l, let r), .followedBy(let l, let r): l.comparisons + r.comparisons
        case .within(let inner, _), .repeats(let inner, _), .startStop(let inner, _, _): inner.comparisons
        }
    }
}
