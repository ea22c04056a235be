extension PatternParser {
    mutating func observationExpressions() throws(PatternError) -> ObservationExpression {
        var left = try observationOr()
        while accept(.keyword(.followedBy)) != nil {
            left = .followedBy(left, try observationOr())
        }
        return left
    }

    mutating func observationOr() throws(PatternError) -> ObservationExpression {
        var left = try observationAnd()
        while accept(.keyword(.or)) != nil {
            left = .or(left, try observationAnd())
        }
        return left
    }

    mutating func observationAnd() throws(PatternError) -> ObservationExpression {
        var left = try qualifiedObservation()
        while accept(.keyword(.and)) != nil {
            left = .and(left, try qualifiedObservation())
        }
        return left
    }

    mutating func qualifiedObservation() throws(PatternError) -> ObservationExpression {
        var expression = try primaryObservation()
        while true {
            switch current.kind {
            case .keyword(.within): expression = try within(expression)
            case .keyword(.repeats): expression = try repeats(expression)
            case .keyword(.start): expression = try startStop(expression)
            default: return expression
            }
        }
    }

    mutating func primaryObservation() throws(PatternError) -> ObservationExpression {
        if accept(.lbrack) != nil {
            let comparison = try comparisonOr()
            _ = try expect(.rbrack, "']'")
            return .comparison(comparison)
        }
        if accept(.lparen) != nil {
            let inner = try observationExpressions()
            _ = try expect(.rparen, "')'")
            return inner
        }
        throw unexpected("'[' or '('")
    }

    mutating func within(_ expression: ObservationExpression) throws(PatternError) -> ObservationExpression {
        _ = advance()
        let token = current
        guard token.kind == .intPos || token.kind == .floatPos, let seconds = Double(token.text) else {
            throw unexpected("a positive number of seconds")
        }
        _ = advance()
        _ = try expect(.keyword(.seconds), "'SECONDS'")
        guard seconds > 0 else { throw error(.invalidQualifier, at: token, "WITHIN needs a positive duration") }
        let micros = min(seconds * 1_000_000, 1e17).rounded(.toNearestOrEven)
        return .within(expression, microseconds: Int64(micros))
    }

    mutating func repeats(_ expression: ObservationExpression) throws(PatternError) -> ObservationExpression {
        _ = advance()
        let token = try expect(.intPos, "a positive integer")
        _ = try expect(.keyword(.times), "'TIMES'")
        guard let count = Int(token.text), count >= 1 else {
            throw error(.invalidQualifier, at: token, "REPEATS needs a count of at least 1")
        }
        return .repeats(expression, times: count)
    }

    mutating func startStop(_ expression: ObservationExpression) throws(PatternError) -> ObservationExpression {
        _ = advance()
        let startToken = try expect(.timestamp, "a timestamp literal t'…'")
        _ = try expect(.keyword(.stop), "'STOP'")
        let stopToken = try expect(.timestamp, "a timestamp literal t'…'")
        return .startStop(expression, start: try timestamp(startToken), stop: try timestamp(stopToken))
    }
}
