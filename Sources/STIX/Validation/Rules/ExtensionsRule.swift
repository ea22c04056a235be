/// The `extensions` property: predefined SCO extensions, custom `…-ext`
/// extensions and `extension-definition--UUID` extensions.
enum ExtensionsRule {
    /// Checks `value` (the `extensions` of an object).
    /// - Parameters:
    ///   - predefined: schemas of the predefined extensions of the object's type.
    ///   - allowsNamedExtensions: whether `…-ext` names are allowed (not for marking definitions).
    static func check(_ value: JSONValue, at pointer: JSONPointer, predefined: [String: ObjectSchema],
                      allowsNamedExtensions: Bool, _ context: inout ValidationContext) {
        guard case .object(let extensions) = value else {
            return PropertyChecker.wrongType(value, expected: "a dictionary of extensions", at: pointer, &context)
        }
        if extensions.count == 0 { context.error(.emptyDictionary, at: pointer, "'extensions' must have at least one entry") }
        for member in extensions.members {
            let entryPointer = pointer.appending(member.key)
            guard case .object(let body) = member.value else {
                PropertyChecker.wrongType(member.value, expected: "an extension object", at: entryPointer, &context)
                continue
            }
            if isExtensionDefinitionKey(member.key) {
                checkDefinedExtension(body, at: entryPointer, &context)
            } else if allowsNamedExtensions, isNamedExtensionKey(member.key) {
                if body.count == 0 { context.error(.emptyDictionary, at: entryPointer, "extension '\(member.key)' must not be empty") }
                let schema = predefined[member.key]
                PropertyNameRule.checkMembers(of: body, at: entryPointer, checkReserved: false,
                                              isKnown: { schema?.properties[$0] != nil }, &context)
                if let schema { PropertyChecker.checkObject(body, schema, at: entryPointer, &context) }
            } else {
                let expected = allowsNamedExtensions ? "a name ending in '-ext' or " : ""
                context.error(.invalidExtension, at: entryPointer,
                              "extension key '\(member.key)' must be \(expected)'extension-definition--' followed by a UUID")
            }
        }
    }

    /// An extension defined by an extension-definition object.
    static func checkDefinedExtension(_ body: JSONObject, at pointer: JSONPointer, _ context: inout ValidationContext) {
        PropertyNameRule.checkMembers(of: body, at: pointer, checkReserved: false, isKnown: { $0 == "extension_type" }, &context)
        guard let typeValue = body["extension_type"] else {
            return context.error(.missingProperty, at: pointer.appending("extension_type"),
                                 "an extension-definition extension requires 'extension_type'")
        }
        PropertyChecker.check(typeValue, .oneOf(MetaSchemas.extensionTypes), at: pointer.appending("extension_type"), &context)
        if typeValue.stringValue == "toplevel-property-extension", body.count > 1 {
            context.warning(.bestPractice, at: pointer,
                            "a toplevel-property-extension keeps its properties at the top level of the object, not in 'extensions'")
        }
    }

    /// `extension-definition--` followed by an RFC 4122 UUID.
    static func isExtensionDefinitionKey(_ key: String) -> Bool {
        guard key.hasPrefix("extension-definition--"), let identifier = STIXIdentifier(key) else { return false }
        return identifier.type == "extension-definition"
    }

    /// `^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-ext$`
    static func isNamedExtensionKey(_ key: String) -> Bool {
        guard key.hasSuffix("-ext") else { return false }
        let stem = key.dropLast(4)
        return !stem.isEmpty && !stem.hasSuffix("-") && TypeNameRule.isValid(String(stem) + "xx")
    }
}
