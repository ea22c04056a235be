/// The properties every SDO, SRO and custom object shares (the "core"
/// properties), and those every SCO shares.
enum CommonProperties {
    /// Core properties of SDOs, SROs, language contents, extension definitions
    /// and custom objects with `created`/`modified`.
    static let domain = ObjectSchema([
        "spec_version": .custom(SpecVersionRule.rule),
        "created_by_ref": .reference(.only(["identity"])),
        "labels": .list(.string),
        "created": .timestamp(.millisecond),
        "modified": .timestamp(.millisecond),
        "revoked": .boolean,
        "confidence": .integer(0...100),
        "lang": .custom(LanguageRule.lang),
        "external_references": .list(.object(SharedSchemas.externalReference)),
        "object_marking_refs": .list(.reference(.only(["marking-definition"]))),
        "granular_markings": .list(.object(SharedSchemas.granularMarking)),
    ], required: ["spec_version", "id", "created", "modified"])

    /// Properties every SCO (predefined or custom) shares.
    static let observable = ObjectSchema([
        "spec_version": .custom(SpecVersionRule.rule),
        "object_marking_refs": .list(.reference(.only(["marking-definition"]))),
        "granular_markings": .list(.object(SharedSchemas.granularMarking)),
        "defanged": .boolean,
        "lang": .custom(LanguageRule.lang),
    ], required: ["id"])

    /// Names STIX reserves; no object may use them as properties.
    static let reservedNames: Set<String> = ["severity", "action", "username", "phone_numbers"]
}

/// `spec_version`: this validator checks STIX 2.1 content.
enum SpecVersionRule {
    static let rule = PropertyRule { value, pointer, context in
        guard let version = PropertyChecker.expectString(value, at: pointer, &context) else { return }
        switch version {
        case "2.1": break
        case "2.0":
            context.error(.invalidSpecVersion, at: pointer,
                          "'spec_version' is '2.0'; this validator checks STIX 2.1 objects, which must say '2.1'")
        default:
            context.error(.invalidSpecVersion, at: pointer, "'spec_version' must be '2.1', not '\(version)'")
        }
    }
}

/// Language tags (`lang`).
enum LanguageRule {
    static let lang = PropertyRule { value, pointer, context in
        guard let code = PropertyChecker.expectString(value, at: pointer, &context) else { return }
        if !LanguageCodes.rfc5646.contains(code) {
            context.error(.invalidLanguage, at: pointer, "'\(code)' is not a valid RFC 5646 language code")
        }
    }

    /// `software.languages` items: 2 or 3 letter codes, or `ll-CC`, from the RFC 5646 or ISO 639-2 lists.
    static let softwareLanguage = PropertyRule { value, pointer, context in
        guard let code = PropertyChecker.expectString(value, at: pointer, &context) else { return }
        let bytes = Array(code.utf8)
        let shapeOK = ((bytes.count == 2 || bytes.count == 3) && bytes.allSatisfy(ASCII.isLowerLetter))
            || (bytes.count == 5 && bytes[0..<2].allSatisfy(ASCII.isLowerLetter) && bytes[2] == 0x2D
                && bytes[3...].allSatisfy(ASCII.isUpperLetter))
        if !shapeOK || !(LanguageCodes.rfc5646.contains(code) || LanguageCodes.iso6392.contains(code)) {
            context.error(.invalidLanguage, at: pointer, "'\(code)' is not a valid RFC 5646 (or ISO 639-2) language code")
        }
    }
}
