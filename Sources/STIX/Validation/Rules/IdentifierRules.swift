/// Rules on an object's own `id`.
enum IdentifierRule {
    /// Checks `id` (already known to be present): well-formed, naming `type`.
    static func check(_ value: JSONValue, type: String, at pointer: JSONPointer, _ context: inout ValidationContext) -> STIXIdentifier? {
        guard let identifier = ReferenceRule.check(value, targets: .any, at: pointer, &context) else { return nil }
        if identifier.type != type {
            context.error(.identifierTypeMismatch, at: pointer,
                          "id '\(identifier)' must start with the object's type: '\(type)--'")
        }
        return identifier
    }
}

/// SCOs whose id cannot be derived from their properties must use UUIDv4.
enum UUIDVersionRule {
    /// For each type, the ID contributing properties; without any of them the id must be UUIDv4.
    static let contributingProperties: [String: [String]] = [
        "artifact": ["hashes", "payload_bin"],
        "email-message": ["from_ref", "subject", "body"],
        "user-account": ["account_type", "user_id", "account_login"],
        "windows-registry-key": ["key", "values"],
        "x509-certificate": ["hashes", "serial_number"],
    ]

    static func check(_ object: JSONObject, type: String, identifier: STIXIdentifier, at pointer: JSONPointer,
                      _ context: inout ValidationContext) {
        guard identifier.uuidVersion != 4 else { return }
        if type == "process" {
            context.error(.uuidVersion, at: pointer, "a process id must use a version 4 UUID, not version \(identifier.uuidVersion)")
        } else if let properties = contributingProperties[type], !properties.contains(where: { object[$0] != nil }) {
            let list = properties.joined(separator: ", ")
            context.error(.uuidVersion, at: pointer,
                          "a \(type) with none of its ID contributing properties (\(list)) must use a version 4 UUID")
        }
    }
}

/// Timestamps that must be in order, such as `modified` ≥ `created`.
enum TimestampOrderRule {
    static let createdModified = TimestampOrdering.notBefore("modified", "created")

    static func check(_ object: JSONObject, _ orderings: [TimestampOrdering], at pointer: JSONPointer, _ context: inout ValidationContext) {
        for ordering in orderings {
            guard let laterText = object[ordering.later]?.stringValue, let earlierText = object[ordering.earlier]?.stringValue,
                  let later = STIXTimestamp(laterText), let earlier = STIXTimestamp(earlierText),
                  later.isRealDate, earlier.isRealDate else { continue }
            let inOrder = ordering.strictly ? later > earlier : later >= earlier
            if !inOrder {
                let relation = ordering.strictly ? "later than" : "later than or equal to"
                context.error(.timestampOrder, at: pointer.appending(ordering.later),
                              "'\(ordering.later)' (\(laterText)) must be \(relation) '\(ordering.earlier)' (\(earlierText))")
            }
        }
    }
}
