/// Checks `stix2-validator` and `stix2-patterns` apply to a parsed pattern:
/// object type and property name forms, and hash values of known algorithms.
enum PatternSemantics {
    /// Hex lengths of hash algorithms by normalized name (uppercase, no `-`).
    static let hashHexLengths: [String: Set<Int>] = [
        "MD5": [32], "RIPEMD160": [40], "SHA1": [40], "SHA224": [56], "SHA256": [64], "SHA384": [96], "SHA512": [128],
        "SHA3224": [56], "SHA3256": [64], "SHA3384": [96], "SHA3512": [128], "WHIRLPOOL": [128],
        "MD6": [32, 40, 56, 64, 96, 128],
    ]

    static func problem(in comparisons: [STIXPatternParser.Comparison]) -> String? {
        for comparison in comparisons {
            let type = comparison.type
            if TypeCatalog.definitions[type]?.family != .observable, !isObservableTypeName(type) {
                return "'\(type)' is not a valid observable type name"
            }
            if let property = comparison.path.first, !(property == "id" && TypeCatalog.definitions[type] != nil),
               !PropertyNameRule.isStrictName(property) {
                return "'\(property)' is not a valid observable property name"
            }
            if let problem = hashProblem(comparison) { return problem }
        }
        return nil
    }

    /// `^-?[a-z0-9]+(-[a-z0-9]+)*-?$`, 3-250 characters.
    static func isObservableTypeName(_ type: String) -> Bool {
        var body = Substring(type)
        guard (3...250).contains(body.utf8.count) else { return false }
        if body.hasPrefix("-") { body = body.dropFirst() }
        if body.hasSuffix("-") { body = body.dropLast() }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { ASCII.isLowerLetter($0) || ASCII.isDigit($0) } }
    }

    static func hashProblem(_ comparison: STIXPatternParser.Comparison) -> String? {
        guard comparison.path.contains("hashes"), let algorithm = comparison.path.last, algorithm != "*",
              case .string(let value)? = comparison.value else { return nil }
        let normalized = algorithm.uppercased().replacing("-", with: "")
        let bytes = value.utf8
        if normalized == "SSDEEP" {
            let ok = (1...128).contains(bytes.count) && bytes.allSatisfy { ASCII.isAlphanumeric($0) || "/+:.".utf8.contains($0) }
            return ok ? nil : "'\(value)' is not a valid SSDEEP hash"
        }
        guard let lengths = hashHexLengths[normalized] else { return nil }
        return lengths.contains(bytes.count) && bytes.allSatisfy(ASCII.isHexDigit) ? nil : "'\(value)' is not a valid \(algorithm) hash"
    }
}
