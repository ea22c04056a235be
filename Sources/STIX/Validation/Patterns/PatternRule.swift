/// Indicator patterns. STIX patterns (`pattern_type: stix`) get a syntax
/// check by ``STIXPatternParser``; other pattern languages are not checked.
enum PatternRule {
    static let constraint = ObjectConstraint { object, pointer, context in
        guard object["pattern_type"]?.stringValue == "stix", let pattern = object["pattern"]?.stringValue else { return }
        if let problem = STIXPatternParser.problem(in: pattern) {
            context.error(.invalidPattern, at: pointer.appending("pattern"), "the STIX pattern does not parse: \(problem)")
        }
    }
}
