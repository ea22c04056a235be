import STIX

/// Follows an object path through the SCOs of one observation.
enum PathEvaluator {
    /// SDO types, which the reference never matches in STIX 2.1 mode.
    static let sdoTypes: Set<String> = [
        "attack-pattern", "bundle", "campaign", "course-of-action", "extension-definition", "grouping",
        "identity", "incident", "indicator", "infrastructure", "intrusion-set", "language-content",
        "location", "malware", "malware-analysis", "marking-definition", "note", "observed-data",
        "opinion", "relationship", "report", "threat-actor", "tool", "sighting", "vulnerability",
    ]

    /// For each root object of the path's type, the values the path selects
    /// (roots that select nothing are left out).
    static func values(of path: ObjectPath, in observation: ObservationSet.Observation,
                       of set: ObservationSet) throws(PatternMatchError) -> [(root: Int, values: [PathValue])] {
        if observation.isV21 && sdoTypes.contains(path.objectType) { return [] }
        var result: [(root: Int, values: [PathValue])] = []
        for index in 0..<observation.roots.count {
            let root = set.root(index, of: observation)
            guard root.has("type", equalTo: path.objectType) else { continue }
            var values: [PathValue] = [.json(.object(root))]
            for step in path.steps {
                values = try apply(step, to: values, in: observation, of: set)
                if values.isEmpty { break }
            }
            if !values.isEmpty { result.append((root: index, values: values)) }
        }
        return result
    }

    /// The value at a path of plain keys (see ``CompiledTest/plainKeys``), or nil.
    static func follow(_ keys: [String], from root: JSONObject) -> JSONValue? {
        var current = JSONValue.object(root)
        for key in keys {
            guard case .object(let object) = current, let next = object.value(named: key) else { return nil }
            current = next
        }
        return current
    }

    static func apply(_ step: ObjectPath.Step, to values: [PathValue], in observation: ObservationSet.Observation,
                      of set: ObservationSet) throws(PatternMatchError) -> [PathValue] {
        var result: [PathValue] = []
        switch step {
        case .key(let key):
            for case .json(.object(let object)) in values {
                if let value = member(object, key) { result.append(try decodeSuffix(key, value)) }
            }
            if key.hasSuffix("_ref") { return try dereference(result, key: key, in: observation, of: set) }
            if key.hasSuffix("_refs") { return try dereferenceLists(result, key: key, in: observation, of: set) }
        case .index(let index):
            for case .json(.array(let array)) in values where index >= 0 && index < array.count {
                result.append(.json(array[index]))
            }
        case .anyIndex:
            for case .json(.array(let array)) in values {
                result += array.map(PathValue.json)
            }
        }
        return result
    }

    /// The member named exactly `key`, comparing code points as Python does
    /// (Swift's `==` would also accept a canonically equivalent key).
    static func member(_ object: JSONObject, _ key: String) -> JSONValue? {
        object.value(named: key)
    }

    /// `_hex` and `_bin` properties become bytes; a value that does not decode is an error.
    static func decodeSuffix(_ key: String, _ value: JSONValue) throws(PatternMatchError) -> PathValue {
        let hex = key.hasSuffix("_hex")
        guard hex || key.hasSuffix("_bin") else { return .json(value) }
        guard let text = value.stringValue else {
            throw PatternMatchError(.invalidValue, "\(key) is not a string")
        }
        let decoded = hex ? Hex.decode(text.unicodeScalars) : Base64.decode(text.unicodeScalars)
        guard let bytes = decoded else {
            throw PatternMatchError(.invalidValue, "\(key) is not valid \(hex ? "hex" : "base64"): \(text)")
        }
        return .bytes(bytes)
    }
}
