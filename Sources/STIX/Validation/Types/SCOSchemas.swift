/// The STIX Cyber-observable Objects (STIX 2.1 §6).
enum SCOSchemas {
    static let all: [String: TypeDefinition] = [
        "artifact": artifact,
        "autonomous-system": sco(["number": .integer(), "name": .string, "rir": .string], required: ["number"]),
        "directory": sco(["path": .string, "path_enc": .formatted(.characterSet), "ctime": .timestamp(),
                          "mtime": .timestamp(), "atime": .timestamp(), "contains_refs": .refs("file", "directory")],
                         required: ["path"]),
        "domain-name": sco(["value": .formatted(.hostname), "resolves_to_refs": .refs("ipv4-addr", "ipv6-addr", "domain-name")],
                           required: ["value"]),
        "email-addr": sco(["value": .formatted(.email), "display_name": .string, "belongs_to_ref": .ref("user-account")],
                          required: ["value"]),
        "email-message": EmailMessageSchema.definition,
        "file": file,
        "ipv4-addr": sco(["value": .formatted(.ipv4), "resolves_to_refs": .refs("mac-addr"),
                          "belongs_to_refs": .refs("autonomous-system")], required: ["value"]),
        "ipv6-addr": sco(["value": .formatted(.ipv6), "resolves_to_refs": .refs("mac-addr"),
                          "belongs_to_refs": .refs("autonomous-system")], required: ["value"]),
        "mac-addr": sco(["value": .formatted(.macAddress)], required: ["value"]),
        "mutex": sco(["name": .string], required: ["name"]),
        "network-traffic": networkTraffic,
        "process": process,
        "software": sco(["name": .string, "cpe": .formatted(.cpe), "swid": .string,
                         "languages": .list(.custom(LanguageRule.softwareLanguage)), "vendor": .string, "version": .string],
                        required: ["name"]),
        "url": sco(["value": .formatted(.uri)], required: ["value"]),
        "user-account": userAccount,
        "windows-registry-key": registryKey,
        "x509-certificate": x509Certificate,
    ]

    static func sco(_ properties: [String: PropertyKind], required: [String] = [], constraints: [ObjectConstraint] = [],
                    orderings: [TimestampOrdering] = [], extensions: [String: ObjectSchema] = [:]) -> TypeDefinition {
        TypeDefinition(.observable, ObjectSchema(properties, required: required, constraints: constraints),
                       orderings: orderings, extensions: extensions)
    }

    static let artifact = sco([
        "mime_type": .formatted(.mediaType), "payload_bin": .formatted(.binary), "url": .formatted(.uri),
        "hashes": .hashes, "encryption_algorithm": .oneOf(["AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"]),
        "decryption_key": .string,
    ], constraints: [
        ObjectConstraint { object, pointer, context in
            let hasPayload = object["payload_bin"] != nil, hasURL = object["url"] != nil
            if hasPayload && hasURL {
                context.error(.conflictingProperties, at: pointer.appending("url"), "'payload_bin' and 'url' must not both be present")
            } else if !hasPayload && !(hasURL && object["hashes"] != nil) {
                context.error(.missingOneOf, at: pointer, "an artifact needs 'payload_bin', or 'url' together with 'hashes'")
            }
        },
        .presence(of: "decryption_key", requires: ["encryption_algorithm"]),
    ])

    static let file = sco([
        "hashes": .hashes, "size": .integer(0...Int64.max), "name": .string, "name_enc": .formatted(.characterSet),
        "magic_number_hex": .formatted(.hex), "mime_type": .string,
        "ctime": .timestamp(), "mtime": .timestamp(), "atime": .timestamp(),
        "parent_directory_ref": .ref("directory"), "contains_refs": .anyRefs, "content_ref": .ref("artifact"),
    ], constraints: [.atLeastOne(of: ["hashes", "name"])], extensions: SCOExtensionSchemas.file)

    static let networkTraffic = sco([
        "start": .timestamp(), "end": .timestamp(), "is_active": .boolean,
        "src_ref": .ref("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
        "dst_ref": .ref("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
        "src_port": .integer(0...65535), "dst_port": .integer(0...65535), "protocols": .strings,
        "src_byte_count": .integer(), "dst_byte_count": .integer(), "src_packets": .integer(), "dst_packets": .integer(),
        "ipfix": .dictionary(.custom(stringOrInteger)),
        "src_payload_ref": .ref("artifact"), "dst_payload_ref": .ref("artifact"),
        "encapsulates_refs": .refs("network-traffic"), "encapsulated_by_ref": .ref("network-traffic"),
    ], required: ["protocols"], constraints: [
        .atLeastOne(of: ["src_ref", "dst_ref"]),
        ObjectConstraint { object, pointer, context in
            if object["is_active"]?.boolValue == true, object["end"] != nil {
                context.error(.conflictingProperties, at: pointer.appending("end"), "'end' must not be present when 'is_active' is true")
            }
        },
    ], orderings: [.notBefore("end", "start")], extensions: SCOExtensionSchemas.networkTraffic)

    static let process = sco([
        "is_hidden": .boolean, "pid": .integer(), "created_time": .timestamp(), "cwd": .string, "command_line": .string,
        "environment_variables": .dictionary(.anyValue), "opened_connection_refs": .refs("network-traffic"),
        "creator_user_ref": .ref("user-account"), "image_ref": .ref("file"), "parent_ref": .ref("process"),
        "child_refs": .refs("process"),
    ], constraints: [.atLeastOne(of: ["extensions", "is_hidden", "pid", "name", "created", "cwd", "arguments", "command_line",
                                      "environment_variables", "opened_connection_refs", "creator_user_ref", "image_ref",
                                      "parent_ref", "child_refs"])],
    extensions: SCOExtensionSchemas.process)

    static let userAccount = sco([
        "user_id": .string, "credential": .string, "account_login": .string, "account_type": .string, "display_name": .string,
        "is_service_account": .boolean, "is_privileged": .boolean, "can_escalate_privs": .boolean, "is_disabled": .boolean,
        "account_created": .timestamp(), "account_expires": .timestamp(), "credential_last_changed": .timestamp(),
        "account_first_login": .timestamp(), "account_last_login": .timestamp(),
    ], constraints: [.atLeastOne(of: ["extensions", "user_id", "credential", "account_login", "account_type", "display_name",
                                      "is_service_account", "is_privileged", "can_escalate_privs", "is_disabled",
                                      "account_created", "account_expires", "credential_last_changed",
                                      "account_first_login", "account_last_login"])],
    extensions: SCOExtensionSchemas.userAccount)

    static let registryValue = ObjectSchema([
        "name": .string, "data": .string,
        "data_type": .oneOf(["REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN",
                             "REG_DWORD_LITTLE_ENDIAN", "REG_LINK", "REG_MULTI_SZ", "REG_RESOURCE_LIST",
                             "REG_FULL_RESOURCE_DESCRIPTION", "REG_RESOURCE_REQUIREMENTS_LIST", "REG_QWORD", "REG_INVALID_TYPE"]),
    ], constraints: [.atLeastOne(of: ["name", "data", "data_type"])])

    static let registryKey = sco([
        "key": .formatted(.registryKey), "values": .list(.object(registryValue), minItems: 0),
        "modified_time": .timestamp(), "creator_user_ref": .ref("user-account"), "number_of_subkeys": .integer(),
    ], constraints: [.atLeastOne(of: ["key", "values", "modified", "creator_user_ref", "number_of_subkeys"])])

    static let x509Certificate = sco([
        "is_self_signed": .boolean, "hashes": .hashes, "version": .string, "serial_number": .string,
        "signature_algorithm": .string, "issuer": .string, "validity_not_before": .timestamp(),
        "validity_not_after": .timestamp(), "subject": .string, "subject_public_key_algorithm": .string,
        "subject_public_key_modulus": .string, "subject_public_key_exponent": .integer(),
        "x509_v3_extensions": .object(SCOExtensionSchemas.x509V3Extensions),
    ], constraints: [.atLeastOne(of: ["is_self_signed", "hashes", "version", "serial_number", "signature_algorithm", "issuer",
                                      "validity_not_before", "validity_not_after", "subject", "subject_public_key_algorithm",
                                      "subject_public_key_modulus", "subject_public_key_exponent", "x509_v3_extensions"])])

    /// A string or an integer (`ipfix` values, EXIF tags).
    static let stringOrInteger = PropertyRule { value, pointer, context in
        switch value {
        case .string: break
        case .number(let number) where number.isInteger: break
        default: PropertyChecker.wrongType(value, expected: "a string or an integer", at: pointer, &context)
        }
    }
}

/// `email-message`, whose body depends on `is_multipart`.
enum EmailMessageSchema {
    static let mimePart = ObjectSchema([
        "body": .string, "body_raw_ref": .ref("artifact", "file"), "content_type": .string, "content_disposition": .string,
    ], constraints: [
        .atLeastOne(of: ["body", "body_raw_ref"]),
        .notBoth("body", "body_raw_ref"),
    ])

    static let definition = SCOSchemas.sco([
        "is_multipart": .boolean, "date": .timestamp(), "content_type": .string,
        "from_ref": .ref("email-addr"), "sender_ref": .ref("email-addr"), "to_refs": .refs("email-addr"),
        "cc_refs": .refs("email-addr"), "bcc_refs": .refs("email-addr"), "message_id": .string, "subject": .string,
        "received_lines": .list(.string, minItems: 0), "additional_header_fields": .dictionary(.custom(headerValue)),
        "body": .string, "body_multipart": .list(.object(mimePart), minItems: 0), "raw_email_ref": .ref("artifact"),
    ], required: ["is_multipart"], constraints: [
        ObjectConstraint { object, pointer, context in
            switch object["is_multipart"]?.boolValue {
            case true? where object["body"] != nil:
                context.error(.conflictingProperties, at: pointer.appending("body"), "'body' must not be present when 'is_multipart' is true")
            case false? where object["body_multipart"] != nil:
                context.error(.conflictingProperties, at: pointer.appending("body_multipart"),
                              "'body_multipart' must not be present when 'is_multipart' is false")
            default: break
            }
        },
    ])

    /// A header value: a string, or a list of at least two strings.
    static let headerValue = PropertyRule { value, pointer, context in
        switch value {
        case .string: break
        case .array(let items) where items.count >= 2 && items.allSatisfy({ $0.stringValue != nil }): break
        default: PropertyChecker.wrongType(value, expected: "a string or a list of two or more strings", at: pointer, &context)
        }
    }
}
