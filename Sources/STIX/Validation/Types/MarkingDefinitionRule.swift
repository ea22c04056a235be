/// `marking-definition`: statement markings, the four TLP 1.0 markings, and
/// markings defined by extensions (such as TLP 2.0).
enum MarkingDefinitionRule {
    /// The TLP 1.0 marking definitions, which must be reproduced exactly.
    static let tlp1: [String: (name: String, color: String)] = [
        "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": ("TLP:WHITE", "white"),
        "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": ("TLP:GREEN", "green"),
        "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": ("TLP:AMBER", "amber"),
        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": ("TLP:RED", "red"),
    ]
    /// The extension that defines TLP 2.0 markings, and its allowed values.
    static let tlp2Extension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
    static let tlp2Levels: Set<String> = ["clear", "green", "amber", "amber+strict", "red"]
    static let tlp1Properties: Set<String> = ["type", "id", "spec_version", "name", "created", "definition", "definition_type"]

    static let schema = ObjectSchema([
        "spec_version": .custom(SpecVersionRule.rule), "name": .string,
        "created_by_ref": .reference(.only(["identity"])), "created": .timestamp(),
        "external_references": .list(.object(SharedSchemas.externalReference)),
        "object_marking_refs": .list(.reference(.only(["marking-definition"]))),
        "granular_markings": .list(.object(SharedSchemas.granularMarking)),
        "lang": .custom(LanguageRule.lang),
    ], required: ["id", "spec_version", "created"])

    static func check(_ object: JSONObject, _ context: inout ValidationContext) {
        PropertyChecker.checkObject(object, schema, at: .root, &context)
        if let id = object["id"] {
            _ = IdentifierRule.check(id, type: "marking-definition", at: JSONPointer(tokens: ["id"]), &context)
        }
        if let extensions = object["extensions"] {
            ExtensionsRule.check(extensions, at: JSONPointer(tokens: ["extensions"]), predefined: [:],
                                 allowsNamedExtensions: false, &context)
            checkTLP2(extensions, &context)
        }
        switch object["definition_type"] {
        case .string("tlp")?: checkTLP1(object, &context)
        case .string("statement")?: checkStatement(object, &context)
        default: checkOtherDefinition(object, &context)
        }
        if let id = object["id"]?.stringValue { MarkingReferenceRule.checkCircular(object, id: id, &context) }
        SelectorRule.checkResolution(object, &context)
    }

    static func checkTLP1(_ object: JSONObject, _ context: inout ValidationContext) {
        for key in object.keys where !tlp1Properties.contains(key) {
            context.error(.invalidMarkingDefinition, at: JSONPointer(tokens: [key]),
                          "a TLP 1.0 marking definition must not have the property '\(key)'")
        }
        let id = object["id"]?.stringValue ?? ""
        guard let expected = tlp1[id] else {
            return context.error(.invalidMarkingDefinition, at: JSONPointer(tokens: ["id"]),
                                 "'\(id)' is not the id of one of the four TLP 1.0 marking definitions")
        }
        if object["name"] == nil {
            context.error(.missingProperty, at: JSONPointer(tokens: ["name"]), "a TLP marking definition requires 'name'")
        } else if object["name"] != .string(expected.name) {
            context.error(.invalidMarkingDefinition, at: JSONPointer(tokens: ["name"]), "this TLP marking's name must be '\(expected.name)'")
        }
        let definitionPointer = JSONPointer(tokens: ["definition"])
        if let definition = object["definition"] {
            guard case .object(let body) = definition else {
                return PropertyChecker.wrongType(definition, expected: "an object", at: definitionPointer, &context)
            }
            if let color = body["tlp"], color != .string(expected.color) {
                context.error(.invalidMarkingDefinition, at: definitionPointer.appending("tlp"),
                              "this TLP marking's definition must be {\"tlp\": \"\(expected.color)\"}")
            }
        } else {
            context.error(.missingProperty, at: definitionPointer, "a TLP marking definition requires 'definition'")
        }
        if object["created"] != .string("2017-01-20T00:00:00.000Z") {
            context.error(.invalidMarkingDefinition, at: JSONPointer(tokens: ["created"]),
                          "TLP 1.0 marking definitions were created at 2017-01-20T00:00:00.000Z")
        }
    }

    static func checkStatement(_ object: JSONObject, _ context: inout ValidationContext) {
        let pointer = JSONPointer(tokens: ["definition"])
        guard let value = object["definition"] else {
            return context.error(.missingProperty, at: pointer, "a statement marking requires 'definition'")
        }
        PropertyChecker.check(value, .object(ObjectSchema(["statement": .string], required: ["statement"])), at: pointer, &context)
    }

    static func checkOtherDefinition(_ object: JSONObject, _ context: inout ValidationContext) {
        if let type = object["definition_type"] {
            let pointer = JSONPointer(tokens: ["definition_type"])
            if let name = PropertyChecker.expectString(type, at: pointer, &context), name.hasPrefix("statement") || name.hasSuffix("tlp") {
                context.error(.invalidMarkingDefinition, at: pointer, "definition_type '\(name)' is neither 'statement' nor 'tlp' exactly")
            }
        }
        if let definition = object["definition"], definition.objectValue == nil {
            PropertyChecker.wrongType(definition, expected: "an object", at: JSONPointer(tokens: ["definition"]), &context)
        }
        guard object["extensions"] == nil else { return }
        for name in ["definition", "definition_type"] where object[name] == nil {
            context.error(.missingProperty, at: JSONPointer(tokens: [name]),
                          "'\(name)' is required in a marking definition without extensions")
        }
    }

    static func checkTLP2(_ extensions: JSONValue, _ context: inout ValidationContext) {
        guard case .object(let body)? = extensions.objectValue?[tlp2Extension] else { return }
        let pointer = JSONPointer(tokens: ["extensions", tlp2Extension, "tlp_2_0"])
        guard let level = body["tlp_2_0"] else {
            return context.error(.missingProperty, at: pointer, "a TLP 2.0 marking requires 'tlp_2_0'")
        }
        PropertyChecker.check(level, .oneOf(tlp2Levels), at: pointer, &context)
    }
}
