import STIX

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
