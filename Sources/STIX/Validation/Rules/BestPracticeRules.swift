/// A few SHOULD-level recommendations of STIX 2.1, reported as warnings.
/// They never make an object invalid.
enum BestPracticeRules {
    /// The property names STIX defines for each object; custom properties
    /// on predefined types should start with `x_`.
    static func check(_ object: JSONObject, type: String, definition: TypeDefinition?, identifier: STIXIdentifier?,
                      _ context: inout ValidationContext) {
        guard let definition else { return }
        let common = definition.family == .domain ? CommonProperties.domain : CommonProperties.observable
        let hasToplevelExtension = object["extensions"]?.objectValue?.members.contains {
            $0.value.objectValue?["extension_type"] == .string("toplevel-property-extension")
        } ?? false
        for key in object.keys where !hasToplevelExtension && !isKnown(key, common: common, definition: definition) && !key.hasPrefix("x_") {
            context.warning(.bestPractice, at: JSONPointer(tokens: [key]),
                            "custom property '\(key)' should start with 'x_' (or be defined by an extension)")
        }
        if let identifier, definition.family == .domain, identifier.uuidVersion != 4 {
            context.warning(.bestPractice, at: JSONPointer(tokens: ["id"]),
                            "the id of a \(type) should use a version 4 UUID, not version \(identifier.uuidVersion)")
        }
        if type == "observed-data", object["objects"] != nil {
            context.warning(.bestPractice, at: JSONPointer(tokens: ["objects"]),
                            "'objects' is deprecated in STIX 2.1; use 'object_refs' to standalone observables")
        }
    }

    static let standardNames: Set<String> = ["type", "id", "extensions"]

    static func isKnown(_ key: String, common: ObjectSchema, definition: TypeDefinition) -> Bool {
        standardNames.contains(key) || common.properties[key] != nil || definition.schema.properties[key] != nil
    }
}
