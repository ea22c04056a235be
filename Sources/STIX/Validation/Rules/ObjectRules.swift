/// Applies all rules to one STIX object, choosing the rules by its `type`.
enum ObjectRules {
    /// Checks a top-level object.
    static func check(_ object: JSONObject, _ context: inout ValidationContext) {
        guard let typeValue = object["type"] else {
            return context.error(.missingProperty, at: JSONPointer(tokens: ["type"]), "required property 'type' is missing")
        }
        guard let type = typeValue.stringValue else {
            return PropertyChecker.wrongType(typeValue, expected: "a string", at: JSONPointer(tokens: ["type"]), &context)
        }
        if type == "marking-definition" {
            return MarkingDefinitionRule.check(object, &context)
        }
        let definition = TypeCatalog.definitions[type]
        let isDomain = definition.map { $0.family == .domain } ?? (object["created"] != nil || object["modified"] != nil)
        let identifier = checkStructure(object, type: type, definition: definition, isDomain: isDomain, at: .root, &context)
        var orderings = definition?.orderings ?? []
        if isDomain { orderings.insert(TimestampOrderRule.createdModified, at: 0) }
        TimestampOrderRule.check(object, orderings, at: .root, &context)
        SelectorRule.checkResolution(object, &context)
        if let identifier { UUIDVersionRule.check(object, type: type, identifier: identifier, at: JSONPointer(tokens: ["id"]), &context) }
        BestPracticeRules.check(object, type: type, definition: definition, identifier: identifier, &context)
    }

    /// Checks an observable embedded in `observed-data.objects`, whose references are keys of that dictionary.
    static func checkObservable(_ object: JSONObject, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard let type = object["type"]?.stringValue else {
            let typePointer = pointer.appending("type")
            if let value = object["type"] { return PropertyChecker.wrongType(value, expected: "a string", at: typePointer, &context) }
            return context.error(.missingProperty, at: typePointer, "required property 'type' is missing")
        }
        let wasLocal = context.referencesAreLocalKeys
        context.referencesAreLocalKeys = true
        let definition = TypeCatalog.definitions[type].flatMap { $0.family == .observable ? $0 : nil }
        checkStructure(object, type: type, definition: definition, isDomain: false, at: pointer, &context)
        TimestampOrderRule.check(object, definition?.orderings ?? [], at: pointer, &context)
        context.referencesAreLocalKeys = wasLocal
    }

    /// The type name, id, common properties, type properties, names and extensions.
    @discardableResult
    static func checkStructure(_ object: JSONObject, type: String, definition: TypeDefinition?, isDomain: Bool,
                               at pointer: JSONPointer, _ context: inout ValidationContext) -> STIXIdentifier? {
        if pointer.tokens.isEmpty { TypeNameRule.check(type, &context) }
        let schema = definition?.combined ?? (isDomain ? CommonProperties.domain : CommonProperties.observable)
        var identifier: STIXIdentifier?
        if let id = object["id"] {
            identifier = IdentifierRule.check(id, type: type, at: pointer.appending("id"), &context)
        }
        PropertyChecker.checkObject(object, schema, at: pointer, &context)
        PropertyNameRule.checkMembers(of: object, at: pointer, checkReserved: true,
                                      isKnown: { schema.properties[$0] != nil }, &context)
        if let extensions = object["extensions"] {
            ExtensionsRule.check(extensions, at: pointer.appending("extensions"), predefined: definition?.extensions ?? [:],
                                 allowsNamedExtensions: true, &context)
        }
        return identifier
    }
}
