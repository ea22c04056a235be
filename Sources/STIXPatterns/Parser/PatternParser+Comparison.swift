extension PatternParser {
    mutating func comparisonOr() throws(PatternError) -> ComparisonExpression {
        var left = try comparisonAnd()
        while accept(.keyword(.or)) != nil {
            left = .or(left, try comparisonAnd())
        }
        return left
    }

    mutating func comparisonAnd() throws(PatternError) -> ComparisonExpression {
        var left = try propertyTest()
        while accept(.keyword(.and)) != nil {
            left = .and(left, try propertyTest())
        }
        return left
    }

    mutating func propertyTest() throws(PatternError) -> ComparisonExpression {
        if accept(.lparen) != nil {
            let inner = try comparisonOr()
            _ = try expect(.rparen, "')'")
            return inner
        }
        if accept(.keyword(.exists)) != nil {
            return .test(PropertyTest(path: try objectPath(), negated: false, comparison: .exists))
        }
        let path = try objectPath()
        let negated = accept(.keyword(.not)) != nil
        return .test(PropertyTest(path: path, negated: negated, comparison: try comparison()))
    }

    mutating func comparison() throws(PatternError) -> Comparison {
        let token = advance()
        switch token.kind {
        case .eq: return .equal(try primitiveLiteral())
        case .neq: return .notEqual(try primitiveLiteral())
        case .lt: return .less(try orderableLiteral())
        case .le: return .lessOrEqual(try orderableLiteral())
        case .gt: return .greater(try orderableLiteral())
        case .ge: return .greaterOrEqual(try orderableLiteral())
        case .keyword(.in): return .in(try setLiteral())
        case .keyword(.like): return .like(try stringOperand())
        case .keyword(.matches):
            let operandToken = current
            let regex = try stringOperand()
            do throws(PythonRegex.CompileError) {
                _ = try PythonRegex(regex)
            } catch {
                throw self.error(.invalidRegex, at: operandToken, "invalid regular expression: \(error.message)")
            }
            return .matches(regex)
        case .keyword(.isSubset): return .isSubset(try stringOperand())
        case .keyword(.isSuperset): return .isSuperset(try stringOperand())
        default:
            index -= 1
            throw unexpected("a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)")
        }
    }

    mutating func stringOperand() throws(PatternError) -> String {
        PatternParser.unescape(try expect(.string, "a string literal").text)
    }

    mutating func setLiteral() throws(PatternError) -> [Literal] {
        _ = try expect(.lparen, "'('")
        if accept(.rparen) != nil { return [] }
        let first = current
        var values = [try primitiveLiteral()]
        while accept(.comma) != nil {
            values.append(try primitiveLiteral())
        }
        _ = try expect(.rparen, "',' or ')'")
        let families = Set(values.map(\.family))
        guard families.count == 1 || families.isSubset(of: [0, 1]) else {
            throw error(.nonHomogeneousSet, at: first, "set literal mixes values of different types")
        }
        return values
    }

    mutating func objectPath() throws(PatternError) -> ObjectPath {
        let typeToken = current
        guard typeToken.kind == .identifierWithoutHyphen || typeToken.kind == .identifierWithHyphen else {
            throw unexpected("an object type")
        }
        _ = advance()
        _ = try expect(.colon, "':'")
        var steps = [ObjectPath.Step.key(try propertyName())]
        while true {
            if accept(.dot) != nil {
                steps.append(.key(try propertyName()))
            } else if accept(.lbrack) != nil {
                steps.append(try indexStep())
            } else {
                return ObjectPath(objectType: typeToken.text, steps: steps)
            }
        }
    }

    mutating func propertyName() throws(PatternError) -> String {
        if let token = accept(.identifierWithoutHyphen) { return token.text }
        if let token = accept(.string) { return PatternParser.unescape(token.text) }
        throw unexpected("a property name (identifier or quoted string)")
    }

    mutating func indexStep() throws(PatternError) -> ObjectPath.Step {
        let token = current
        let step: ObjectPath.Step
        switch token.kind {
        case .asterisk: step = .anyIndex
        case .intPos, .intNeg: step = .index(Int(token.text) ?? Int.max)
        default: throw unexpected("an index or '*'")
        }
        _ = advance()
        _ = try expect(.rbrack, "']'")
        return step
    }
}
