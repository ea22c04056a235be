/// Checks STIX 2.1 objects against every MUST of the specification.
///
/// The validator is a pure function of the object: it does no I/O and keeps
/// no state, so one instance can validate from any number of tasks. Errors
/// are MUST violations; warnings are SHOULD-level findings and never make an
/// object invalid.
///
/// The rules are those `stix2-validator` 3.3.2 applies with its default
/// options (its JSON schemas plus its MUST checks). Where that tool misses a
/// MUST of the specification, this validator follows the specification:
/// reference target types (`created_by_ref`, `object_marking_refs`, SCO
/// `*_ref(s)`), strict property names (`a-z0-9_`, 3-250 characters), the id
/// prefix of custom objects, `created_by_ref` on extension definitions,
/// `lang`-only granular markings, TLP 2.0 levels, and no trailing newline
/// accepted after an anchored value.
///
/// ```swift
/// let findings = STIXValidator().validate(object, index: 0)
/// if findings.containsErrors { … }
/// ```
public struct STIXValidator: Sendable {
    /// Creates a validator with the default rules (those of `stix2-validator`'s defaults).
    public init() {}

    /// Validates one object found at position `index` of its input.
    /// - Parameters:
    ///   - value: The parsed JSON value that should be a STIX object.
    ///   - index: Its 0-based position in its input, used when it has no `id`.
    /// - Returns: Every finding, errors and warnings, in rule order.
    public func validate(_ value: JSONValue, index: Int = 0) -> [ValidationFinding] {
        guard case .object(let object) = value else {
            return [ValidationFinding(
                severity: .error, objectID: nil, objectIndex: index, pointer: .root, code: .notAnObject,
                message: "a STIX object must be a JSON object, not \(value.typeName)"
            )]
        }
        var context = ValidationContext(objectID: object["id"]?.stringValue, objectIndex: index)
        ObjectRules.check(object, &context)
        return context.findings
    }
}

extension Sequence<ValidationFinding> {
    /// Whether any finding is an error, which makes its object invalid.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
