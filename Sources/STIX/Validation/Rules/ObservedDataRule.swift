/// `observed-data`: exactly one of `objects` (deprecated) and `object_refs`,
/// and the embedded observables of `objects`.
enum ObservedDataRule {
    /// SDO types, which `object_refs` must not point at (observed data refers to observables and SROs).
    static let domainObjectTypes: Set<String> = [
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability",
    ]

    static let definition = TypeDefinition(.domain, ObjectSchema([
        "first_observed": .timestamp(), "last_observed": .timestamp(),
        "number_observed": .integer(1...999_999_999),
        "objects": .custom(objects),
        "object_refs": .list(.reference(.excluding(domainObjectTypes))),
    ], required: ["first_observed", "last_observed", "number_observed"], constraints: [
        ObjectConstraint { object, pointer, context in
            switch (object["objects"] != nil, object["object_refs"] != nil) {
            case (true, true):
                context.error(.conflictingProperties, at: pointer.appending("objects"),
                              "'objects' and 'object_refs' must not both be present")
            case (false, false):
                context.error(.missingOneOf, at: pointer, "one of 'objects' or 'object_refs' is required")
            default: break
            }
        },
    ]), orderings: [.notBefore("last_observed", "first_observed")])

    /// Each entry of `objects` is an observable, checked like a top-level SCO,
    /// and references between entries must resolve to the right types.
    static let objects = PropertyRule { value, pointer, context in
        guard case .object(let entries) = value else {
            return PropertyChecker.wrongType(value, expected: "a dictionary of observables", at: pointer, &context)
        }
        if entries.count == 0 { context.error(.emptyDictionary, at: pointer, "'objects' must have at least one entry") }
        for member in entries.members {
            let entryPointer = pointer.appending(member.key)
            guard case .object(let observable) = member.value else {
                PropertyChecker.wrongType(member.value, expected: "an observable object", at: entryPointer, &context)
                continue
            }
            ObjectRules.checkObservable(observable, at: entryPointer, &context)
            EmbeddedReferenceRule.check(observable, in: entries, at: entryPointer, &context)
        }
    }
}

/// Inside `observed-data.objects`, references are keys of the same dictionary.
enum EmbeddedReferenceRule {
    static let targets: [String: [String: Set<String>]] = [
        "directory": ["contains_refs": ["file", "directory"]],
        "domain-name": ["resolves_to_refs": ["ipv4-addr", "ipv6-addr", "domain-name"]],
        "email-addr": ["belongs_to_ref": ["user-account"]],
        "email-message": ["from_ref": ["email-addr"], "sender_ref": ["email-addr"], "to_refs": ["email-addr"],
                          "cc_refs": ["email-addr"], "bcc_refs": ["email-addr"], "raw_email_ref": ["artifact"]],
        "file": ["parent_directory_ref": ["directory"], "content_ref": ["artifact"]],
        "ipv4-addr": ["resolves_to_refs": ["mac-addr"], "belongs_to_refs": ["autonomous-system"]],
        "ipv6-addr": ["resolves_to_refs": ["mac-addr"], "belongs_to_refs": ["autonomous-system"]],
        "network-traffic": ["src_ref": ["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"],
                            "dst_ref": ["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"],
                            "src_payload_ref": ["artifact"], "dst_payload_ref": ["artifact"],
                            "encapsulates_refs": ["network-traffic"], "encapsulated_by_ref": ["network-traffic"]],
        "process": ["opened_connection_refs": ["network-traffic"], "creator_user_ref": ["user-account"],
                    "image_ref": ["file"], "parent_ref": ["process"], "child_refs": ["process"]],
        "windows-registry-key": ["creator_user_ref": ["user-account"]],
    ]

    static func check(_ observable: JSONObject, in entries: JSONObject, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard let type = observable["type"]?.stringValue, let table = targets[type] else { return }
        for member in observable.members {
            guard let allowed = table[member.key] else { continue }
            let values: [(JSONValue, JSONPointer)] = member.value.arrayValue.map { items in
                items.enumerated().map { ($0.element, pointer.appending(member.key).appending($0.offset)) }
            } ?? [(member.value, pointer.appending(member.key))]
            for (value, valuePointer) in values {
                guard let key = value.stringValue else { continue }
                guard let target = entries[key]?.objectValue else {
                    context.error(.invalidReferenceTarget, at: valuePointer, "'\(key)' is not a key of 'objects'")
                    continue
                }
                if let targetType = target["type"]?.stringValue, !allowed.contains(targetType) {
                    context.error(.invalidReferenceTarget, at: valuePointer,
                                  "'\(member.key)' must refer to \(allowed.sorted().joined(separator: " or ")), not '\(targetType)'")
                }
            }
        }
    }
}
