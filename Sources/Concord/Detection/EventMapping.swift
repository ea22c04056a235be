import STIX
import STIXPatterns

/// How the fields of one kind of log event become STIX cyber observables:
/// which field holds the time, which the event's id, and for each field the
/// object properties its value goes to.
///
/// A mapping is a JSON object (built-ins `ecs`, `suricata` and `zeek` are
/// written the same way; see `docs/detect-mapping.md`):
///
/// ```json
/// {
///   "time": ["@timestamp"],
///   "id": ["event.id"],
///   "fields": {
///     "source.ip": ["ipv4-addr:value", "network-traffic:src_ref"],
///     "url.full": "url:value",
///     "file.hash.sha256": "file:hashes.'SHA-256'",
///     "network.transport": "network-traffic:protocols[*]"
///   }
/// }
/// ```
///
/// Field names are dotted paths into nested objects, or one top-level key
/// that itself contains dots (Zeek's `id.orig_h`); arrays along the way
/// give one value per element. Targets are object paths as in patterns.
/// Values of one object type go to one object until a property would be set
/// twice, which starts a new object (so `source.ip` and `destination.ip` make
/// two `ipv4-addr`s while a file's name and hash stay together). A target
/// ending in `[*]` appends to a list. A target ending in `_ref` (or `_refs`)
/// refers to the object the field's first target made. An `ipv4-addr` value
/// containing `:` becomes an `ipv6-addr`.
public struct EventMapping: Sendable {
    /// Where a value goes: an object type and a property path.
    struct Target: Sendable {
        enum Reference: Sendable { case none, single, list }
        var objectType: String
        var keys: [String]
        var appends: Bool
        var reference: Reference
    }

    /// An event field: its dotted name, split, and where its values go.
    struct Field: Sendable {
        var name: String
        var components: [String]
        var targets: [Target]
    }

    /// The mapping's name (`ecs`, or the file it came from).
    public let name: String
    var timeFields: [Field]
    var idFields: [Field]
    var fields: [Field]
    /// Field positions by whole name, and (for dotted names) by first component,
    /// so an event's top-level members are each looked up once.
    var fieldsByName: [String: [Int]] = [:]
    var fieldsByFirstComponent: [String: [Int]] = [:]

    /// The names of the built-in mappings.
    public static let builtInNames = ["ecs", "suricata", "zeek"]

    /// A built-in mapping by name, or the mapping in the JSON file at `nameOrPath`.
    public static func named(_ nameOrPath: String, readFile: (String) throws -> [UInt8]) throws(DetectionError) -> EventMapping {
        if let text = builtIn[nameOrPath.lowercased()] { return try EventMapping(json: Array(text.utf8), name: nameOrPath.lowercased()) }
        let bytes: [UInt8]
        do {
            bytes = try readFile(nameOrPath)
        } catch {
            throw DetectionError(.invalidMapping, "\(nameOrPath): not a built-in mapping (\(builtInNames.joined(separator: ", "))) and not a readable file: \(error)")
        }
        return try EventMapping(json: bytes, name: nameOrPath)
    }

    /// Reads a mapping file.
    /// - Throws: ``DetectionError/Code/invalidMapping`` naming the member that is wrong.
    public init(json bytes: [UInt8], name: String) throws(DetectionError) {
        self.name = name
        guard let document = try? JSONParser.parse(bytes), let object = document.objectValue else {
            throw DetectionError(.invalidMapping, "\(name): a mapping is a JSON object")
        }
        guard let fieldsObject = object["fields"]?.objectValue, !fieldsObject.members.isEmpty else {
            throw DetectionError(.invalidMapping, "\(name): \"fields\" must be an object mapping event fields to object paths")
        }
        fields = try fieldsObject.members.map { (member) throws(DetectionError) in
            try Field(name: member.key, targets: EventMapping.targets(member.value, field: member.key, mapping: name))
        }
        timeFields = try EventMapping.names(object["time"], member: "time", mapping: name) ?? ["@timestamp", "timestamp", "ts"]
            .map { Field(name: $0, targets: []) }
        idFields = try EventMapping.names(object["id"], member: "id", mapping: name) ?? []
        for (position, field) in fields.enumerated() {
            fieldsByName[field.name, default: []].append(position)
            if field.components.count > 1 { fieldsByFirstComponent[field.components[0], default: []].append(position) }
        }
    }

    private static func names(_ value: JSONValue?, member: String, mapping: String) throws(DetectionError) -> [Field]? {
        guard let value else { return nil }
        let list = value.arrayValue ?? [value]
        let names = list.compactMap(\.stringValue)
        guard names.count == list.count else {
            throw DetectionError(.invalidMapping, "\(mapping): \"\(member)\" must be a field name or a list of field names")
        }
        return names.map { Field(name: $0, targets: []) }
    }

    private static func targets(_ value: JSONValue, field: String, mapping: String) throws(DetectionError) -> [Target] {
        let list = value.arrayValue ?? [value]
        var targets: [Target] = []
        for item in list {
            guard let text = item.stringValue else {
                throw DetectionError(.invalidMapping, "\(mapping): field \(field): targets are object paths such as \"ipv4-addr:value\"")
            }
            targets.append(try Target(parsing: text, field: field, mapping: mapping))
        }
        guard let first = targets.first, first.reference == .none else {
            throw DetectionError(.invalidMapping, "\(mapping): field \(field): the first target must be a property, not a reference")
        }
        return targets
    }
}

extension EventMapping.Field {
    init(name: String, targets: [EventMapping.Target]) {
        self.init(name: name, components: name.split(separator: ".", omittingEmptySubsequences: false).map(String.init),
                  targets: targets)
    }
}

extension EventMapping.Target {
    /// Parses `type:key.'quoted key'.key[*]` with the pattern parser.
    init(parsing text: String, field: String, mapping: String) throws(DetectionError) {
        let failure = DetectionError(.invalidMapping, "\(mapping): field \(field): \"\(text)\" is not an object path of keys (optionally ending in [*])")
        guard let pattern = try? Pattern(parsing: "[EXISTS \(text)]"),
              case .comparison(.test(let test)) = pattern.expression else { throw failure }
        var keys: [String] = []
        var appends = false
        for (offset, step) in test.path.steps.enumerated() {
            switch step {
            case .key(let key) where !appends: keys.append(key)
            case .anyIndex where offset == test.path.steps.count - 1: appends = true
            default: throw failure
            }
        }
        let last = keys.last ?? ""
        let reference: Reference = last.hasSuffix("_ref") ? .single : (last.hasSuffix("_refs") ? .list : .none)
        if reference != .none && appends { throw failure }
        self.init(objectType: test.path.objectType, keys: keys, appends: appends, reference: reference)
    }
}
