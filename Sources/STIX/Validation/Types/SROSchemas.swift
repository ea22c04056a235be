/// The STIX Relationship Objects (STIX 2.1 §5).
enum SROSchemas {
    /// Types a relationship or sighting must never point at.
    static let nonTargets: Set<String> = ["relationship", "sighting", "bundle", "marking-definition", "language-content"]

    static let all: [String: TypeDefinition] = [
        "relationship": TypeDefinition(.domain, ObjectSchema([
            "relationship_type": .formatted(.relationshipType), "description": .string,
            "source_ref": .reference(.excluding(nonTargets)), "target_ref": .reference(.excluding(nonTargets)),
            "start_time": .timestamp(), "stop_time": .timestamp(),
        ], required: ["relationship_type", "source_ref", "target_ref"]),
        orderings: [.after("stop_time", "start_time")]),
        "sighting": TypeDefinition(.domain, ObjectSchema([
            "description": .string, "first_seen": .timestamp(), "last_seen": .timestamp(),
            "count": .integer(0...999_999_999), "sighting_of_ref": .reference(.excluding(nonTargets)),
            "observed_data_refs": .refs("observed-data"), "where_sighted_refs": .refs("identity", "location"),
            "summary": .boolean,
        ], required: ["sighting_of_ref"]),
        orderings: [.notBefore("last_seen", "first_seen")]),
    ]
}

/// Language contents and extension definitions (STIX 2.1 §7).
enum MetaSchemas {
    static let extensionTypes: Set<String> = [
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension",
    ]

    static let all: [String: TypeDefinition] = [
        "language-content": TypeDefinition(.domain, ObjectSchema([
            "object_ref": .reference(.excluding(["bundle", "language-content"])),
            "object_modified": .timestamp(),
            "contents": .custom(languageContents),
        ], required: ["object_ref", "contents"])),
        "extension-definition": TypeDefinition(.domain, ObjectSchema([
            "name": .string, "description": .string, "schema": .string, "version": .string,
            "extension_types": .list(.oneOf(extensionTypes)), "extension_properties": .strings,
        ], required: ["created_by_ref", "name", "schema", "version", "extension_types"], constraints: [
            ObjectConstraint { object, pointer, context in
                guard object["extension_properties"] != nil else { return }
                let types = object["extension_types"]?.arrayValue ?? []
                if !types.contains(.string("toplevel-property-extension")) {
                    context.error(.conflictingProperties, at: pointer.appending("extension_properties"),
                                  "'extension_properties' is only allowed when 'extension_types' contains 'toplevel-property-extension'")
                }
            },
        ])),
    ]

    /// `contents`: language codes mapping to dictionaries keyed by property names.
    static let languageContents = PropertyRule { value, pointer, context in
        DictionaryRule.check(value, values: .anyValue, at: pointer, &context)
        guard case .object(let contents) = value else { return }
        for member in contents.members {
            let languagePointer = pointer.appending(member.key)
            if !LanguageCodes.rfc5646.contains(member.key) {
                context.error(.invalidLanguage, at: languagePointer, "'contents' key '\(member.key)' is not an RFC 5646 language code")
            }
            guard case .object(let translations) = member.value else {
                PropertyChecker.wrongType(member.value, expected: "an object of translated properties", at: languagePointer, &context)
                continue
            }
            for key in translations.keys where !PropertyNameRule.isStrictName(key) {
                context.error(.invalidPropertyName, at: languagePointer.appending(key),
                              "'\(key)' must be a property name: 3-250 characters of a-z, 0-9 and '_'")
            }
        }
    }
}
