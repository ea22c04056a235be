/// Collects the findings about one object while its rules run.
struct ValidationContext {
    /// The object's `id`, when it has a string one.
    let objectID: String?
    /// The object's position in its input.
    let objectIndex: Int
    /// Whether references are keys of `observed-data.objects` rather than identifiers.
    var referencesAreLocalKeys = false
    /// What has been found so far, in order.
    private(set) var findings: [ValidationFinding] = []

    init(objectID: String?, objectIndex: Int) {
        self.objectID = objectID
        self.objectIndex = objectIndex
    }

    /// Records a MUST violation.
    /// A second error with the same code at the same place is dropped.
    mutating func error(_ code: ValidationFinding.Code, at pointer: JSONPointer, _ message: String) {
        if findings.contains(where: { $0.code == code && $0.pointer == pointer }) { return }
        findings.append(ValidationFinding(
            severity: .error, objectID: objectID, objectIndex: objectIndex,
            pointer: pointer, code: code, message: message
        ))
    }

    /// Records a SHOULD-level finding.
    mutating func warning(_ code: ValidationFinding.Code, at pointer: JSONPointer, _ message: String) {
        findings.append(ValidationFinding(
            severity: .warning, objectID: objectID, objectIndex: objectIndex,
            pointer: pointer, code: code, message: message
        ))
    }

    /// Whether any error has been recorded since `count` findings were known.
    func hasErrors(since count: Int) -> Bool {
        findings[count...].contains { $0.severity == .error }
    }

    /// The number of findings so far.
    var count: Int { findings.count }
}

extension JSONPointer {
    /// The last token, which for a property pointer is the property name.
    var lastToken: String { tokens.last ?? "" }

    /// How messages name the value: `name`, or `name[2]` for a list item.
    var displayName: String {
        guard let last = tokens.last else { return "object" }
        guard tokens.count >= 2, !last.isEmpty, last.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return last }
        return JSONPointer(tokens: Array(tokens.dropLast())).displayName + "[\(last)]"
    }
}
