/// One problem the validator found in a STIX object.
///
/// A finding names the object (its `id`, or its position when it has none),
/// the property (a JSON pointer relative to the object), a stable ``Code``
/// that tools can match on, and a message for people.
public struct ValidationFinding: Sendable, Hashable, Codable {
    /// Whether a finding makes the object invalid.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// A violation of a STIX 2.1 MUST: the object is invalid.
        case error
        /// A SHOULD-level or best-practice finding: the object stays valid.
        case warning
    }

    /// A stable, machine-readable identifier of a kind of finding, such as
    /// `missing-property`. Compare findings by code, never by message.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The code text, lowercase words joined by hyphens.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code text.
        public var description: String { rawValue }
    }

    /// Error or warning.
    public var severity: Severity
    /// The object's `id`, when it has a string one.
    public var objectID: String?
    /// The object's 0-based position in its input (bundle, array or JSON Lines file).
    public var objectIndex: Int
    /// Where in the object the problem is; the root pointer means the object itself.
    public var pointer: JSONPointer
    /// What kind of problem it is.
    public var code: Code
    /// What is wrong and, where useful, what was expected.
    public var message: String

    /// Creates a finding.
    public init(severity: Severity, objectID: String?, objectIndex: Int, pointer: JSONPointer, code: Code, message: String) {
        self.severity = severity
        self.objectID = objectID
        self.objectIndex = objectIndex
        self.pointer = pointer
        self.code = code
        self.message = message
    }

    /// How people refer to the object: its id, or `object #N` when it has none.
    public var objectReference: String {
        objectID ?? "object #\(objectIndex)"
    }

    private enum CodingKeys: String, CodingKey {
        case severity, objectID = "object_id", objectIndex = "object_index", pointer, code, message
    }
}

extension ValidationFinding {
    /// The finding for an input element that is not even well-formed JSON.
    public static func invalidJSON(index: Int, error: JSONSyntaxError) -> ValidationFinding {
        ValidationFinding(severity: .error, objectID: nil, objectIndex: index, pointer: .root,
                          code: Code(rawValue: "invalid-json"), message: "not valid JSON: \(error)")
    }

    /// The pointer as people read it: `(object)` for the object itself.
    public var pointerText: String {
        pointer.tokens.isEmpty ? "(object)" : pointer.description
    }

    /// One line naming the finding: `FILE: OBJECT-ID: /json/pointer: message` (warnings say so).
    public func line(file: String) -> String {
        "\(file): \(objectReference): \(pointerText): \(severity == .warning ? "warning: " : "")\(message)"
    }
}
