public import STIX
public import STIXPatterns

/// One event after mapping: its time and id if it has them, and its SCOs.
public struct MappedEvent: Sendable {
    /// The event's time, when the mapping's time field held a usable one.
    public var time: PatternTimestamp?
    /// The event's own id (ECS `event.id`, Suricata `flow_id`, Zeek `uid`), if any.
    public var id: String?
    /// The cyber observables, with ids unique to this event and line.
    public var objects: [JSONObject]
}

extension EventMapping {
    /// Maps one parsed event, read from line `line`.
    public func map(_ event: JSONObject, line: Int) -> MappedEvent {
        var builder = ObservableBuilder(line: line)
        var found = [[JSONValue]?](repeating: nil, count: fields.count)
        for member in event.members {
            if let positions = fieldsByName[member.key] {
                for position in positions { found[position] = EventMapping.atoms(member.value) }
            }
            if let positions = fieldsByFirstComponent[member.key] {
                for position in positions where found[position] == nil {
                    found[position] = EventMapping.values(at: fields[position].components.dropFirst(), in: [member.value])
                }
            }
        }
        for (position, values) in found.enumerated() {
            guard let values else { continue }
            for value in values { builder.place(value, fields[position].targets) }
        }
        let time = timeFields.lazy.flatMap { EventMapping.values(of: $0, in: event) }.compactMap(EventTime.parse).first
        let id = idFields.lazy.flatMap { EventMapping.values(of: $0, in: event) }.compactMap(EventMapping.text).first
        return MappedEvent(time: time, id: id, objects: builder.objects)
    }

    /// The atomic values of `field`: a top-level key with the whole dotted
    /// name, else the nested path; arrays give each element.
    static func values(of field: Field, in event: JSONObject) -> [JSONValue] {
        if let value = event[field.name] { return atoms(value) }
        guard field.components.count > 1 else { return [] }
        return values(at: field.components[...], in: [.object(event)])
    }

    /// The atomic values at `components` below `start`, through objects and arrays of objects.
    static func values(at components: ArraySlice<String>, in start: [JSONValue]) -> [JSONValue] {
        var current = start
        for component in components {
            var next: [JSONValue] = []
            for value in current {
                switch value {
                case .object(let object): if let member = object[component] { next.append(member) }
                case .array(let elements): for case .object(let object) in elements { if let member = object[component] { next.append(member) } }
                default: break
                }
            }
            if next.isEmpty { return [] }
            current = next
        }
        return current.flatMap(atoms)
    }

    static func atoms(_ value: JSONValue) -> [JSONValue] {
        switch value {
        case .string, .number, .bool: [value]
        case .array(let elements): elements.filter { if case .string = $0 { true } else if case .number = $0 { true } else { false } }
        default: []
        }
    }

    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.integer.map(String.init) ?? String(number.double)
        default: nil
        }
    }
}

/// Builds the SCOs of one event, merging values of one type into one object
/// until a property would be set twice.
struct ObservableBuilder {
    let line: Int
    var objects: [JSONObject] = []
    var types: [String] = []

    /// The id suffix naming this event's line, made once.
    lazy var lineSuffix: String = {
        let hex = String(UInt64(truncatingIfNeeded: line) & 0xFFFF_FFFF_FFFF, radix: 16)
        return "-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }()

    mutating func place(_ value: JSONValue, _ targets: [EventMapping.Target]) {
        guard let first = targets.first else { return }
        var type = first.objectType
        if type == "ipv4-addr", case .string(let text) = value, text.utf8.contains(UInt8(ascii: ":")) { type = "ipv6-addr" }
        let made = put(value, type: type, first)
        for target in targets.dropFirst() {
            if target.reference == .none {
                _ = put(value, type: target.objectType, target)
            } else if let id = objects[made]["id"] {
                _ = put(id, type: target.objectType, target)
            }
        }
    }

    /// Sets the target property on the last object of `type` that lacks it
    /// (or appends, for lists), creating an object when none can take it.
    private mutating func put(_ value: JSONValue, type: String, _ target: EventMapping.Target) -> Int {
        let appends = target.appends || target.reference == .list
        let reusable = types.lastIndex(of: type).flatMap { index in
            appends || !ObservableBuilder.has(objects[index], target.keys[...]) ? index : nil
        }
        let index = reusable ?? create(type)
        ObservableBuilder.set(&objects[index], target.keys[...], value, appending: appends)
        return index
    }

    private mutating func create(_ type: String) -> Int {
        let number = String(objects.count, radix: 16)
        let id = type + "--" + String(repeating: "0", count: 8 - number.count) + number + lineSuffix
        objects.append(JSONObject(uniqueMembers: [.init(key: "type", value: .string(type)), .init(key: "id", value: .string(id))]))
        types.append(type)
        return objects.count - 1
    }

    static func has(_ object: JSONObject, _ keys: ArraySlice<String>) -> Bool {
        guard let key = keys.first, let value = object[key] else { return false }
        if keys.count == 1 { return true }
        guard case .object(let inner) = value else { return true }
        return has(inner, keys.dropFirst())
    }

    static func set(_ object: inout JSONObject, _ keys: ArraySlice<String>, _ value: JSONValue, appending: Bool) {
        guard let key = keys.first else { return }
        if keys.count == 1 {
            object[key] = appending ? .array((object[key]?.arrayValue ?? []) + [value]) : value
        } else {
            var inner = object[key]?.objectValue ?? JSONObject()
            set(&inner, keys.dropFirst(), value, appending: appending)
            object[key] = .object(inner)
        }
    }
}
