import STIX

/// The findings of `concord validate` over several files, and their counts.
struct ValidationReport {
    /// One finding, with the file it was found in.
    struct Entry: Encodable {
        var file: String
        var finding: ValidationFinding

        /// `FILE: OBJECT-ID: /pointer: message` (warnings say so).
        var textLine: String { finding.line(file: file) }

        func encode(to encoder: any Encoder) throws {
            try finding.encode(to: encoder)
            var container = encoder.container(keyedBy: FileKey.self)
            try container.encode(file, forKey: .file)
        }

        private enum FileKey: String, CodingKey { case file }
    }

    private(set) var entries: [Entry] = []
    private(set) var objects = 0
    private(set) var invalidObjects = 0
    private(set) var unreadableDocuments = 0

    /// Validates every object in `bytes` and records what was found.
    mutating func check(_ opened: Result<STIXInputReader, STIXInputError>, file: String, with validator: STIXValidator) {
        switch opened {
        case .success(var reader):
            var count = 0
            while let item = reader.next() {
                record(item, file: file, validator: validator)
                count += 1
                if count % 4_096 == 0 { reader.releaseConsumedInput() }
            }
        case .failure(let error):
            unreadableDocuments += 1
            let finding = ValidationFinding(
                severity: .error, objectID: nil, objectIndex: 0, pointer: .root,
                code: ValidationFinding.Code(rawValue: "invalid-json"), message: error.description
            )
            entries.append(Entry(file: file, finding: finding))
        }
    }

    private mutating func record(_ item: STIXInputItem, file: String, validator: STIXValidator) {
        objects += 1
        let findings: [ValidationFinding]
        switch item {
        case .object(let index, let value):
            findings = validator.validate(value, index: index)
        case .malformed(let index, let error):
            findings = [ValidationFinding.invalidJSON(index: index, error: error)]
        }
        if findings.containsErrors { invalidObjects += 1 }
        entries.append(contentsOf: findings.map { Entry(file: file, finding: $0) })
    }

    /// `N objects: V valid, I invalid, W warnings`.
    var summary: String {
        let warnings = entries.filter { $0.finding.severity == .warning }.count
        var text = "\(objects) objects: \(objects - invalidObjects) valid, \(invalidObjects) invalid, \(warnings) warnings"
        if unreadableDocuments > 0 { text += ", \(unreadableDocuments) files not valid JSON" }
        return text
    }
}
