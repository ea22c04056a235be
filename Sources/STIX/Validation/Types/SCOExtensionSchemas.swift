/// The predefined SCO extensions (STIX 2.1 §6, "…-ext").
enum SCOExtensionSchemas {
    static let nonNegative: PropertyKind = .integer(0...Int64.max)

    static let file: [String: ObjectSchema] = [
        "ntfs-ext": ObjectSchema([
            "sid": .string,
            "alternate_data_streams": .list(.object(ObjectSchema(
                ["name": .string, "hashes": .hashes, "size": nonNegative], required: ["name"])), minItems: 0),
        ], constraints: [.atLeastOne(of: ["sid", "alternate_data_streams"])]),
        "raster-image-ext": ObjectSchema([
            "image_height": .integer(), "image_width": .integer(), "bits_per_pixel": .integer(),
            "exif_tags": .custom(exifTags),
        ], constraints: [.atLeastOne(of: ["image_height", "image_width", "bits_per_pixel", "image_compression_algorithm", "exif_tags"])]),
        "pdf-ext": ObjectSchema([
            "version": .string, "is_optimized": .boolean, "document_info_dict": .dictionary(.string),
            "pdfid0": .string, "pdfid1": .string,
        ], constraints: [.atLeastOne(of: ["version", "is_optimized", "document_info_dict", "pdfid0", "pdfid1"])]),
        "archive-ext": ObjectSchema(["contains_refs": .refs("file", "directory"), "comment": .string], required: ["contains_refs"]),
        "windows-pebinary-ext": peBinary,
    ]

    static let peBinary = ObjectSchema([
        "pe_type": .string, "imphash": .string, "machine_hex": .formatted(.hex), "number_of_sections": nonNegative,
        "time_date_stamp": .timestamp(.wholeSecond), "pointer_to_symbol_table_hex": .formatted(.hex),
        "number_of_symbols": nonNegative, "size_of_optional_header": nonNegative, "characteristics_hex": .formatted(.hex),
        "file_header_hashes": .hashes, "optional_header": .custom(optionalHeader),
        "sections": .list(.object(ObjectSchema(["name": .string, "size": nonNegative, "entropy": .number(), "hashes": .hashes],
                                               required: ["name"]))),
    ], required: ["pe_type"], constraints: [.atLeastOne(of: [
        "imphash", "machine_hex", "number_of_sections", "time_date_stamp", "pointer_to_symbol_table_hex", "number_of_symbols",
        "size_of_optional_header", "characteristics_hex", "file_header_hashes", "optional_header", "sections",
    ])])

    static let optionalHeaderProperties: [String: PropertyKind] = {
        var properties: [String: PropertyKind] = ["hashes": .hashes]
        for name in ["magic_hex", "win32_version_value_hex", "checksum_hex", "subsystem_hex", "dll_characteristics_hex", "loader_flags_hex"] {
            properties[name] = .formatted(.hex)
        }
        for name in ["major_linker_version", "minor_linker_version", "address_of_entry_point", "base_of_code", "base_of_data",
                     "image_base", "section_alignment", "file_alignment", "major_os_version", "minor_os_version",
                     "major_image_version", "minor_image_version", "major_subsystem_version", "minor_subsystem_version",
                     "number_of_rva_and_sizes"] {
            properties[name] = .integer()
        }
        for name in ["size_of_code", "size_of_initialized_data", "size_of_uninitialized_data", "size_of_image", "size_of_headers",
                     "size_of_stack_reserve", "size_of_stack_commit", "size_of_heap_reserve", "size_of_heap_commit"] {
            properties[name] = nonNegative
        }
        return properties
    }()

    /// The PE optional header: only its defined properties, at least one.
    static let optionalHeader = PropertyRule { value, pointer, context in
        guard case .object(let header) = value else {
            return PropertyChecker.wrongType(value, expected: "an object", at: pointer, &context)
        }
        if header.count == 0 { context.error(.emptyDictionary, at: pointer, "'optional_header' must have at least one property") }
        for key in header.keys where optionalHeaderProperties[key] == nil {
            context.error(.invalidPropertyName, at: pointer.appending(key), "'\(key)' is not a property of the PE optional header")
        }
        PropertyChecker.checkObject(header, ObjectSchema(optionalHeaderProperties), at: pointer, &context)
    }

    /// EXIF tags: keys start with an uppercase letter; values are strings or integers.
    static let exifTags = PropertyRule { value, pointer, context in
        DictionaryRule.check(value, values: .custom(SCOSchemas.stringOrInteger), at: pointer, &context)
        guard case .object(let tags) = value else { return }
        for key in tags.keys {
            let bytes = Array(key.utf8)
            if bytes.count < 2 || !ASCII.isUpperLetter(bytes[0]) {
                context.error(.invalidDictionaryKey, at: pointer.appending(key), "EXIF tag '\(key)' must start with an uppercase letter")
            }
        }
    }

    static let networkTraffic: [String: ObjectSchema] = [
        "http-request-ext": ObjectSchema([
            "request_method": .string, "request_value": .string, "request_version": .string,
            "request_header": .dictionary(.list(.string, minItems: 0)), "message_body_length": .integer(),
            "message_body_data_ref": .ref("artifact"),
        ], required: ["request_method", "request_value"]),
        "icmp-ext": ObjectSchema(["icmp_type_hex": .formatted(.hex), "icmp_code_hex": .formatted(.hex)],
                                 required: ["icmp_type_hex", "icmp_code_hex"]),
        "socket-ext": ObjectSchema([
            "address_family": .oneOf(["AF_UNSPEC", "AF_INET", "AF_IPX", "AF_APPLETALK", "AF_NETBIOS", "AF_INET6", "AF_IRDA", "AF_BTH"]),
            "is_blocking": .boolean, "is_listening": .boolean, "options": .custom(socketOptions),
            "socket_type": .oneOf(["SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET"]),
            "socket_descriptor": nonNegative, "socket_handle": .integer(),
        ], required: ["address_family"]),
        "tcp-ext": ObjectSchema(["src_flags_hex": .formatted(.hex), "dst_flags_hex": .formatted(.hex)],
                                constraints: [.atLeastOne(of: ["src_flags_hex", "dst_flags_hex"])]),
    ]

    /// Socket options: `SO_…`, `IP_…`, `TCP_…` (etc.) names with integer values.
    static let socketOptions = PropertyRule { value, pointer, context in
        DictionaryRule.check(value, values: .integer(), at: pointer, &context)
        guard case .object(let options) = value else { return }
        for key in options.keys where !isSocketOptionName(key) {
            context.error(.invalidDictionaryKey, at: pointer.appending(key),
                          "socket option '\(key)' must look like SO_*, ICMP_*, ICMP6_*, IP_*, IPV6_*, MCAST_*, TCP_* or IRLMP_*")
        }
    }

    /// `^(SO|ICMP|ICMP6|IP|IPV6|MCAST|TCP|IRLMP)(_[A-Z]+)+$`
    static func isSocketOptionName(_ key: String) -> Bool {
        let parts = key.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count >= 2, ["SO", "ICMP", "ICMP6", "IP", "IPV6", "MCAST", "TCP", "IRLMP"].contains(String(parts[0])) else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(ASCII.isUpperLetter) }
    }

    static let process: [String: ObjectSchema] = [
        "windows-process-ext": ObjectSchema([
            "aslr_enabled": .boolean, "dep_enabled": .boolean, "priority": .string, "owner_sid": .string,
            "window_title": .string, "startup_info": .dictionary(.anyValue),
            "integrity_level": .oneOf(["low", "medium", "high", "system"]),
        ], constraints: [.atLeastOne(of: ["aslr_enabled", "dep_enabled", "priority", "owner_sid", "window_title", "startup_info"])]),
        "windows-service-ext": ObjectSchema([
            "service_name": .string, "descriptions": .strings, "display_name": .string, "group_name": .string,
            "start_type": .oneOf(["SERVICE_AUTO_START", "SERVICE_BOOT_START", "SERVICE_DEMAND_START", "SERVICE_DISABLED",
                                  "SERVICE_SYSTEM_ALERT"]),
            "service_dll_refs": .refs("file"),
            "service_type": .oneOf(["SERVICE_KERNEL_DRIVER", "SERVICE_FILE_SYSTEM_DRIVER", "SERVICE_WIN32_OWN_PROCESS",
                                    "SERVICE_WIN32_SHARE_PROCESS"]),
            "service_status": .oneOf(["SERVICE_CONTINUE_PENDING", "SERVICE_PAUSE_PENDING", "SERVICE_PAUSED", "SERVICE_RUNNING",
                                      "SERVICE_START_PENDING", "SERVICE_STOP_PENDING", "SERVICE_STOPPED"]),
        ], constraints: [.atLeastOne(of: ["service_name", "descriptions", "display_name", "group_name", "start_type",
                                          "service_dll_refs", "service_type", "service_status"])]),
    ]

    static let userAccount: [String: ObjectSchema] = [
        "unix-account-ext": ObjectSchema(["gid": .number(), "groups": .strings, "home_dir": .string, "shell": .string],
                                         constraints: [.atLeastOne(of: ["gid", "groups", "home_dir", "shell"])]),
    ]

    static let x509V3Extensions: ObjectSchema = {
        let names = ["basic_constraints", "name_constraints", "policy_constraints", "key_usage", "extended_key_usage",
                     "subject_key_identifier", "authority_key_identifier", "subject_alternative_name", "issuer_alternative_name",
                     "subject_directory_attributes", "crl_distribution_points", "inhibit_any_policy", "certificate_policies",
                     "policy_mappings"]
        var properties = Dictionary(uniqueKeysWithValues: names.map { ($0, PropertyKind.string) })
        properties["private_key_usage_period_not_before"] = .timestamp()
        properties["private_key_usage_period_not_after"] = .timestamp()
        return ObjectSchema(properties, constraints: [.atLeastOne(of: names + ["private_key_usage_period_not_before",
                                                                               "private_key_usage_period_not_after"])])
    }()
}
