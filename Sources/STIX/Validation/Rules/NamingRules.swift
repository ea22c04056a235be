/// Naming rules for object types and property names.
enum TypeNameRule {
    /// Checks the `type` value: 3-250 characters, `^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-?$`, not the reserved `action`.
    static func check(_ type: String, _ context: inout ValidationContext) {
        let pointer = JSONPointer(tokens: ["type"])
        if type == "action" {
            context.error(.invalidTypeName, at: pointer, "'action' is a reserved type name")
        } else if !isValid(type) {
            context.error(.invalidTypeName, at: pointer,
                          "type '\(type)' must be 3-250 characters: a lowercase letter, then lowercase letters, digits and single hyphens")
        }
    }

    static func isValid(_ type: String) -> Bool {
        let bytes = Array(type.utf8)
        guard (3...250).contains(bytes.count), ASCII.isLowerLetter(bytes[0]) else { return false }
        var previousWasHyphen = false
        for byte in bytes {
            if byte == 0x2D {
                if previousWasHyphen { return false }
                previousWasHyphen = true
            } else if ASCII.isLowerLetter(byte) || ASCII.isDigit(byte) {
                previousWasHyphen = false
            } else {
                return false
            }
        }
        return true
    }
}

/// Rules every top-level property (and every property of an extension) obeys.
enum PropertyNameRule {
    /// `^[a-z0-9_]{3,250}$`, the STIX 2.1 property-name rule.
    static func isStrictName(_ key: String) -> Bool {
        (3...250).contains(key.utf8.count) && key.utf8.allSatisfy { ASCII.isLowerLetter($0) || ASCII.isDigit($0) || $0 == 0x5F }
    }

    /// Whether `key` is an acceptable property name: `id`, or a STIX name starting with a letter.
    static func isValidName(_ key: String) -> Bool {
        key == "id" || (isStrictName(key) && ASCII.isLowerLetter(key.utf8.first ?? 0))
    }

    /// Checks every member of `object` (at `pointer`): names, no null, no empty
    /// lists, `_hex`/`_bin` suffixes for properties `isKnown` does not cover.
    static func checkMembers(of object: JSONObject, at pointer: JSONPointer, checkReserved: Bool,
                             isKnown: (String) -> Bool, _ context: inout ValidationContext) {
        for member in object.members {
            let memberPointer = pointer.appending(member.key)
            if !isValidName(member.key) {
                context.error(.invalidPropertyName, at: memberPointer,
                              "property name '\(member.key)' must be 3-250 characters of a-z, 0-9 and '_', starting with a letter")
            } else if checkReserved, CommonProperties.reservedNames.contains(member.key) {
                context.error(.reservedProperty, at: memberPointer, "'\(member.key)' is a reserved property name and must not be used")
            }
            DictionaryRule.checkValue(member.value, at: memberPointer, &context)
            guard !isKnown(member.key) else { continue }
            if member.key.hasSuffix("_hex"), member.key.utf8.count > 4 {
                PropertyChecker.check(member.value, .formatted(.hex), at: memberPointer, &context)
            } else if member.key.hasSuffix("_bin"), member.key.utf8.count > 4 {
                PropertyChecker.check(member.value, .formatted(.binary), at: memberPointer, &context)
            }
        }
    }
}
