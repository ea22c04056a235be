public import STIX
import STIXPatterns

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
