import STIX
import Testing

/// Replaces (or with `nil` removes) the value at `path` inside `value`.
func setting(_ newValue: JSONValue?, at path: ArraySlice<String>, in value: JSONValue) -> JSONValue? {
    guard let key = path.first else { return newValue }
    switch value {
    case .object(var object):
        let inner = object[key].flatMap { setting(newValue, at: path.dropFirst(), in: $0) }
            ?? (path.count == 1 ? newValue : nil)
        object[key] = inner
        return .object(object)
    case .array(var items):
        guard let index = Int(key), items.indices.contains(index) else { return value }
        if let inner = setting(newValue, at: path.dropFirst(), in: items[index]) { items[index] = inner } else { items.remove(at: index) }
        return .array(items)
    default:
        return value
    }
}

/// One way of breaking a valid example, and the finding it must produce.
struct Mutation: CustomTestStringConvertible, Sendable {
    let fixture: String
    let path: String
    let value: JSONValue?
    let code: ValidationFinding.Code
    let pointer: String

    init(_ fixture: String, _ path: String, _ value: JSONValue?, _ code: ValidationFinding.Code, at pointer: String? = nil) {
        self.fixture = fixture
        self.path = path
        self.value = value
        self.code = code
        self.pointer = pointer ?? path
    }

    var testDescription: String { "\(fixture) \(path) → \(code)" }

    func apply() -> JSONValue {
        let tokens = JSONPointer(stringLiteral: path).tokens
        return setting(value, at: tokens[...], in: .object(ValidObjects.object(fixture))) ?? .null
    }
}

let uuid = ValidObjects.uuid

@Suite("STIXValidator")
struct ValidatorTests {
    let validator = STIXValidator()

    @Test("valid examples have no errors", arguments: ValidObjects.byType.keys.sorted())
    func validExample(_ key: String) {
        let findings = validator.validate(.object(ValidObjects.object(key)))
        #expect(!findings.containsErrors, "\(findings.map(\.message))")
    }

    @Test("each rule catches its mutation", arguments: mutations + specificationMutations)
    func mutation(_ mutation: Mutation) {
        let findings = validator.validate(mutation.apply(), index: 3)
        let match = findings.first { $0.code == mutation.code && $0.pointer.description == mutation.pointer }
        #expect(match != nil, "got \(findings.map { "\($0.code) \($0.pointer): \($0.message)" })")
        #expect(match?.severity == .error)
        #expect(match?.objectIndex == 3)
    }

    @Test func languageGranularMarkingIsValid() {
        var object = ValidObjects.object("indicator")
        object["granular_markings"] = .array([.object(["selectors": .array(["pattern"]), "lang": "en"])])
        #expect(!validator.validate(.object(object)).containsErrors)
    }

    @Test func embeddedObservablesAreCheckedAndReferencesResolved() throws {
        let text = #"""
            {"type": "observed-data", "id": "observed-data--\#(uuid)", \#(ValidObjects.common),
             "first_observed": "2020-01-01T00:00:00Z", "last_observed": "2020-01-01T00:00:00Z", "number_observed": 1,
             "objects": {"0": {"type": "ipv4-addr", "id": "ipv4-addr--\#(uuid)", "value": "10.0.0.1"},
                         "1": {"type": "domain-name", "id": "domain-name--\#(uuid)", "value": "a.example", "resolves_to_refs": ["0", "7"]},
                         "2": {"type": "email-addr", "id": "email-addr--\#(uuid)", "value": "a@b.c", "belongs_to_ref": "0"}}}
            """#
        let findings = validator.validate(try JSONParser.parse(text)).filter { $0.severity == .error }
        #expect(findings.map(\.pointer.description).sorted() == ["/objects/1/resolves_to_refs/1", "/objects/2/belongs_to_ref"])
        #expect(findings.allSatisfy { $0.code == .invalidReferenceTarget })
    }

    @Test func customPropertiesWithoutPrefixAreWarnings() {
        var object = ValidObjects.object("tool")
        object["acme_score"] = 3
        let findings = validator.validate(.object(object))
        #expect(!findings.containsErrors)
        #expect(findings.contains { $0.severity == .warning && $0.pointer.description == "/acme_score" })
    }

    @Test func notAnObject() {
        let findings = validator.validate(.array([]), index: 7)
        #expect(findings.map(\.code) == [.notAnObject])
        #expect(findings.first?.objectIndex == 7)
    }

    @Test func findingsNameTheObject() {
        var object = ValidObjects.object("indicator")
        object["confidence"] = .number(200)
        let findings = validator.validate(.object(object))
        #expect(findings.first?.objectID == "indicator--\(uuid)")
        #expect(findings.first?.message.contains("between 0 and 100") == true)
    }

    @Test func missingTypeIsReported() {
        var object = ValidObjects.object("indicator")
        object["type"] = nil
        #expect(validator.validate(.object(object)).map(\.code) == [.missingProperty])
    }

    @Test func toplevelPropertyExtensionWithInlinePropertiesIsOnlyAWarning() {
        var object = ValidObjects.object("custom-sdo")
        object["extensions"] = .object(["extension-definition--\(uuid)": .object([
            "extension_type": "toplevel-property-extension", "x_extra": "a",
        ])])
        let findings = validator.validate(.object(object))
        #expect(!findings.containsErrors)
        #expect(findings.contains { $0.severity == .warning && $0.code == .bestPractice })
    }
}
