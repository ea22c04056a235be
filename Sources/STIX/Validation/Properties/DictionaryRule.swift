/// Checks STIX dictionaries: a non-empty JSON object whose keys use
/// `a-z A-Z 0-9 _ -` (at most 250) and whose values are not null or empty lists.
enum DictionaryRule {
    /// Checks `value` as a dictionary whose values are of kind `values`.
    static func check(_ value: JSONValue, values: PropertyKind, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard case .object(let object) = value else {
            return PropertyChecker.wrongType(value, expected: "a dictionary (JSON object)", at: pointer, &context)
        }
        if object.count == 0 {
            context.error(.emptyDictionary, at: pointer, "'\(pointer.displayName)' must have at least one entry")
        }
        for member in object.members {
            let memberPointer = pointer.appending(member.key)
            if !isValidKey(member.key) {
                context.error(.invalidDictionaryKey, at: memberPointer,
                              "dictionary key '\(member.key)' must be at most 250 characters of a-z, A-Z, 0-9, '_' or '-'")
            }
            checkValue(member.value, at: memberPointer, &context)
            PropertyChecker.check(member.value, values, at: memberPointer, &context)
        }
    }

    /// `^[a-zA-Z0-9_-]{0,250}$`
    static func isValidKey(_ key: String) -> Bool {
        key.utf8.count <= 250 && key.utf8.allSatisfy { ASCII.isAlphanumeric($0) || $0 == 0x5F || $0 == 0x2D }
    }

    /// A dictionary value or top-level property: never null, never an empty list.
    static func checkValue(_ value: JSONValue, at pointer: JSONPointer, _ context: inout ValidationContext) {
        switch value {
        case .null:
            context.error(.nullValue, at: pointer, "'\(pointer.displayName)' must not be null; omit the property instead")
        case .array(let items) where items.isEmpty:
            context.error(.emptyList, at: pointer, "'\(pointer.displayName)' must not be an empty list; omit the property instead")
        default: break
        }
    }
}

/// Checks hashes dictionaries: algorithm names of 3-250 characters, and for
/// the algorithms STIX defines, values of the right form and length.
enum HashesRule {
    /// The hex length of each fixed-length algorithm.
    static let hexLengths: [String: Int] = [
        "MD5": 32, "SHA-1": 40, "SHA-256": 64, "SHA-512": 128, "SHA3-256": 64, "SHA3-512": 128,
    ]

    /// Checks `value` as a hashes dictionary.
    static func check(_ value: JSONValue, at pointer: JSONPointer, _ context: inout ValidationContext) {
        DictionaryRule.check(value, values: .anyValue, at: pointer, &context)
        guard case .object(let object) = value else { return }
        for member in object.members {
            let memberPointer = pointer.appending(member.key)
            if member.key.utf8.count < 3 {
                context.error(.invalidHash, at: memberPointer, "hash algorithm name '\(member.key)' must have at least 3 characters")
            }
            guard let hash = member.value.stringValue else {
                PropertyChecker.wrongType(member.value, expected: "a string", at: memberPointer, &context)
                continue
            }
            if !isValid(hash, algorithm: member.key) {
                context.error(.invalidHash, at: memberPointer, "'\(hash)' is not a valid \(member.key) hash")
            }
        }
    }

    /// Whether `hash` has the form its algorithm requires (any form for other algorithms).
    static func isValid(_ hash: String, algorithm: String) -> Bool {
        let bytes = hash.utf8
        if let length = hexLengths[algorithm] {
            return bytes.count == length && bytes.allSatisfy(ASCII.isHexDigit)
        }
        switch algorithm {
        case "SSDEEP":
            return (1...128).contains(bytes.count) && bytes.allSatisfy { ASCII.isAlphanumeric($0) || "/+:.".utf8.contains($0) }
        case "TLSH":
            return bytes.count == 70 && bytes.allSatisfy(ASCII.isAlphanumeric)
        default:
            return true
        }
    }
}
