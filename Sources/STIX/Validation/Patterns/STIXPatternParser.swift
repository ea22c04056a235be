/// A syntax check of STIX 2.1 patterns following the STIX pattern grammar:
/// observation expressions joined by `AND`/`OR`/`FOLLOWEDBY`, qualifiers,
/// comparison expressions of `type:path OP literal`, plus the checks
/// `stix2-patterns` adds (object type and property name forms, hash values,
/// no repeated qualifier on one observation).
struct STIXPatternParser {
    /// One `type:path OP value` comparison found in the pattern.
    struct Comparison {
        let type: String
        let path: [String]
        let value: PatternToken?
    }

    private let tokens: [PatternToken]
    private var position = 0
    private(set) var comparisons: [Comparison] = []

    /// Why `pattern` is not a valid STIX pattern, or `nil` when it is.
    static func problem(in pattern: String) -> String? {
        switch STIXPatternLexer.tokens(of: pattern) {
        case .failure(let error): return error.message
        case .success(let tokens):
            guard !tokens.isEmpty else { return "the pattern is empty" }
            var parser = STIXPatternParser(tokens: tokens)
            if let error = parser.observationExpressions(depth: 0) { return error.message }
            if parser.position < tokens.count { return "unexpected token after the end of the pattern" }
            return PatternSemantics.problem(in: parser.comparisons)
        }
    }

    private init(tokens: [PatternToken]) { self.tokens = tokens }

    private var current: PatternToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func accept(_ symbol: String) -> Bool {
        guard current == .symbol(symbol) else { return false }
        position += 1
        return true
    }

    private mutating func keyword(_ words: Set<String>) -> String? {
        guard case .identifier(let word)? = current, words.contains(word) else { return nil }
        position += 1
        return word
    }

    private mutating func expect(_ symbol: String) -> PatternSyntaxError? {
        accept(symbol) ? nil : PatternSyntaxError("expected '\(symbol)' at token \(position + 1)")
    }

    private mutating func observationExpressions(depth: Int) -> PatternSyntaxError? {
        guard depth < 100 else { return PatternSyntaxError("the pattern is nested too deeply") }
        repeat {
            if let error = observationExpression(depth: depth) { return error }
        } while keyword(["AND", "OR", "FOLLOWEDBY"]) != nil
        return nil
    }

    private mutating func observationExpression(depth: Int) -> PatternSyntaxError? {
        let isSimple: Bool
        if accept("[") {
            if let error = comparisonExpression(depth: depth) { return error }
            if let error = expect("]") { return error }
            isSimple = true
        } else if accept("(") {
            if let error = observationExpressions(depth: depth + 1) { return error }
            if let error = expect(")") { return error }
            isSimple = false
        } else {
            return PatternSyntaxError("expected '[' or '(' to start an observation expression at token \(position + 1)")
        }
        return qualifiers(checkingDuplicates: isSimple)
    }

    private mutating func qualifiers(checkingDuplicates: Bool) -> PatternSyntaxError? {
        var seen: Set<String> = []
        while let word = keyword(["WITHIN", "REPEATS", "START"]) {
            if checkingDuplicates, !seen.insert(word).inserted { return PatternSyntaxError("duplicate \(word) qualifier") }
            switch word {
            case "WITHIN":
                guard case .number(let value)? = current, !value.hasPrefix("-") else { return PatternSyntaxError("WITHIN needs a positive number") }
                position += 1
                if keyword(["SECONDS"]) == nil { return PatternSyntaxError("expected SECONDS after WITHIN n") }
            case "REPEATS":
                guard case .number(let value)? = current, !value.hasPrefix("-"), !value.contains(".") else {
                    return PatternSyntaxError("REPEATS needs a positive integer")
                }
                position += 1
                if keyword(["TIMES"]) == nil { return PatternSyntaxError("expected TIMES after REPEATS n") }
            default:
                guard current == .timestamp else { return PatternSyntaxError("expected t'…' after START") }
                position += 1
                guard keyword(["STOP"]) != nil, current == .timestamp else { return PatternSyntaxError("expected STOP t'…' after START") }
                position += 1
            }
        }
        return nil
    }

    private mutating func comparisonExpression(depth: Int) -> PatternSyntaxError? {
        guard depth < 100 else { return PatternSyntaxError("the pattern is nested too deeply") }
        repeat {
            if accept("(") {
                if let error = comparisonExpression(depth: depth + 1) { return error }
                if let error = expect(")") { return error }
            } else if let error = propertyTest() {
                return error
            }
        } while keyword(["AND", "OR"]) != nil
        return nil
    }

    private mutating func propertyTest() -> PatternSyntaxError? {
        if keyword(["EXISTS"]) != nil {
            return objectPath().map { comparisons.append(Comparison(type: $0.type, path: $0.path, value: nil)); return nil }
                ?? PatternSyntaxError("expected an object path after EXISTS")
        }
        guard let path = objectPath() else { return PatternSyntaxError("expected an object path 'type:property' at token \(position + 1)") }
        _ = keyword(["NOT"])
        let value: PatternToken?
        if accept("=") || accept("==") || accept("!=") || accept("<>") {
            guard let literal = literal(allowBoolean: true) else { return PatternSyntaxError("expected a literal at token \(position + 1)") }
            value = literal
        } else if accept("<") || accept(">") || accept("<=") || accept(">=") {
            guard let literal = literal(allowBoolean: false) else {
                return PatternSyntaxError("expected an orderable literal at token \(position + 1)")
            }
            value = literal
        } else if keyword(["IN"]) != nil {
            guard accept("(") else { return PatternSyntaxError("expected '(' after IN") }
            if !accept(")") {
                repeat {
                    if literal(allowBoolean: true) == nil { return PatternSyntaxError("expected a literal in the IN list") }
                } while accept(",")
                if let error = expect(")") { return error }
            }
            value = nil
        } else if keyword(["LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET"]) != nil {
            guard case .string? = current else { return PatternSyntaxError("expected a string literal at token \(position + 1)") }
            value = current
            position += 1
        } else {
            return PatternSyntaxError("expected a comparison operator at token \(position + 1)")
        }
        comparisons.append(Comparison(type: path.type, path: path.path, value: value))
        return nil
    }

    private mutating func literal(allowBoolean: Bool) -> PatternToken? {
        guard let token = current else { return nil }
        switch token {
        case .string, .number, .timestamp, .binary: break
        case .identifier(let word) where allowBoolean && (word == "true" || word == "false"): break
        default: return nil
        }
        position += 1
        return token
    }

    private mutating func objectPath() -> (type: String, path: [String])? {
        guard case .identifier(let type)? = current, position + 1 < tokens.count, tokens[position + 1] == .symbol(":") else { return nil }
        position += 2
        guard let first = pathName(allowHyphen: false) else { return nil }
        var path = [first]
        while true {
            if accept(".") {
                guard let name = pathName(allowHyphen: false) else { return nil }
                path.append(name)
            } else if accept("[") {
                switch current {
                case .number(let index)? where !index.contains("."): path.append(index)
                case .symbol("*")?: path.append("*")
                default: return nil
                }
                position += 1
                guard accept("]") else { return nil }
            } else {
                return (type, path)
            }
        }
    }

    private mutating func pathName(allowHyphen: Bool) -> String? {
        switch current {
        case .identifier(let name)? where allowHyphen || !name.contains("-"):
            position += 1
            return name
        case .string(let name)?:
            position += 1
            return name
        default: return nil
        }
    }
}
