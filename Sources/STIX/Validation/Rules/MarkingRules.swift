/// Granular-marking selectors: their syntax, and that they select
/// something present in the object.
enum SelectorRule {
    /// `^([a-z0-9_-]{3,249}(\.(\[\d+\]|[a-z0-9_-]{1,250}))*|id)$`
    static let syntax = PropertyRule { value, pointer, context in
        guard let selector = PropertyChecker.expectString(value, at: pointer, &context) else { return }
        if !isWellFormed(selector) {
            context.error(.invalidSelector, at: pointer,
                          "selector '\(selector)' is not a dotted path of property names and [index] steps")
        }
    }

    static func isWellFormed(_ selector: String) -> Bool {
        if selector == "id" { return true }
        let segments = selector.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = segments.first, (3...249).contains(first.utf8.count), first.utf8.allSatisfy(isNameByte) else { return false }
        return segments.dropFirst().allSatisfy { segment in
            let bytes = segment.utf8
            if bytes.first == UInt8(ascii: "[") {
                return bytes.count >= 3 && bytes.last == UInt8(ascii: "]") && bytes.dropFirst().dropLast().allSatisfy(ASCII.isDigit)
            }
            return (1...250).contains(bytes.count) && bytes.allSatisfy(isNameByte)
        }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isLowerLetter(byte) || ASCII.isDigit(byte) || byte == 0x5F || byte == 0x2D
    }

    /// Every selector of every granular marking must resolve in `object`.
    static func checkResolution(_ object: JSONObject, _ context: inout ValidationContext) {
        guard case .array(let markings)? = object["granular_markings"] else { return }
        for (markingIndex, marking) in markings.enumerated() {
            guard case .array(let selectors)? = marking.objectValue?["selectors"] else { continue }
            for (selectorIndex, selectorValue) in selectors.enumerated() {
                guard let selector = selectorValue.stringValue, isWellFormed(selector),
                      let problem = resolve(selector, in: object) else { continue }
                let pointer = JSONPointer(tokens: ["granular_markings", String(markingIndex), "selectors", String(selectorIndex)])
                context.error(.invalidSelector, at: pointer, "selector '\(selector)' does not resolve: \(problem)")
            }
        }
    }

    /// Walks `selector` through `object`; returns what went wrong, or `nil`.
    static func resolve(_ selector: String, in object: JSONObject) -> String? {
        var current = JSONValue.object(object)
        for segment in selector.split(separator: ".") {
            if segment.hasPrefix("[") {
                guard let index = Int(segment.dropFirst().dropLast()) else { return "'\(segment)' is not an index" }
                guard case .array(let items) = current else { return "'\(segment)' indexes something that is not a list" }
                guard index < items.count else { return "index \(index) is past the end of the list" }
                current = items[index]
            } else {
                guard case .object(let members) = current, let next = members[String(segment)] else {
                    return "'\(segment)' is not a property there"
                }
                current = next
            }
        }
        return nil
    }
}

/// Rules specific to how marking definitions may be referenced.
enum MarkingReferenceRule {
    /// A marking definition must not mark itself.
    static func checkCircular(_ object: JSONObject, id: String, _ context: inout ValidationContext) {
        if case .array(let refs)? = object["object_marking_refs"] {
            for (index, ref) in refs.enumerated() where ref.stringValue == id {
                context.error(.circularMarking, at: JSONPointer(tokens: ["object_marking_refs", String(index)]),
                              "a marking definition must not list itself in 'object_marking_refs'")
            }
        }
        if case .array(let markings)? = object["granular_markings"] {
            for (index, marking) in markings.enumerated() where marking.objectValue?["marking_ref"]?.stringValue == id {
                context.error(.circularMarking, at: JSONPointer(tokens: ["granular_markings", String(index), "marking_ref"]),
                              "a marking definition must not mark itself through 'granular_markings'")
            }
        }
    }
}
