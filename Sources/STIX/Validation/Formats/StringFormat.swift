/// A textual format a string property must follow.
enum StringFormat: Sendable {
    /// Pairs of hexadecimal digits (`hex` type).
    case hex
    /// Base64 with padding (`binary` type).
    case binary
    /// An RFC 3986 URI with a scheme.
    case uri
    /// An e-mail address `local@domain.tld`.
    case email
    /// An internationalized host name (`domain-name.value`).
    case hostname
    /// A dotted-quad IPv4 address, optionally with a CIDR suffix.
    case ipv4
    /// An IPv6 address, optionally with a zone and a CIDR suffix.
    case ipv6
    /// A MAC address in lowercase colon-separated form.
    case macAddress
    /// A relationship type: lowercase letters, digits and hyphens.
    case relationshipType
    /// A character-set name (`path_enc`, `name_enc`) registered with IANA.
    case characterSet
    /// An IANA media type (`artifact.mime_type`).
    case mediaType
    /// A CPE 2.3 formatted string.
    case cpe
    /// A Windows registry key that does not start with an abbreviated hive.
    case registryKey
    /// An RFC 5646 or ISO 639-2 language code (`software.languages`).
    case softwareLanguage

    /// What the format is, for messages.
    var summary: String {
        switch self {
        case .hex: "hexadecimal digit pairs"
        case .binary: "base64-encoded binary"
        case .uri: "an RFC 3986 URI with a scheme"
        case .email: "an e-mail address"
        case .hostname: "a valid (internationalized) domain name"
        case .ipv4: "an IPv4 address, optionally with a /0-32 CIDR suffix"
        case .ipv6: "an IPv6 address, optionally with a /0-128 CIDR suffix"
        case .macAddress: "a MAC address of six lowercase hex pairs separated by ':'"
        case .relationshipType: "lowercase letters, digits and '-'"
        case .characterSet: "an IANA registered character set"
        case .mediaType: "an IANA registered media type 'type/subtype'"
        case .cpe: "a CPE 2.3 formatted string"
        case .registryKey: "a key with a full hive name (not HKLM, HKCU, …)"
        case .softwareLanguage: "an RFC 5646 or ISO 639-2 language code"
        }
    }

    /// Whether `text` is in this format.
    func accepts(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        switch self {
        case .hex: return FormatChecks.isHex(bytes)
        case .binary: return FormatChecks.isBase64(bytes)
        case .uri: return URIFormat.isURI(bytes)
        case .email: return FormatChecks.isEmail(bytes)
        case .hostname: return HostnameFormat.isHostname(text)
        case .ipv4: return IPAddressFormat.isIPv4(bytes, allowPrefix: true)
        case .ipv6: return IPAddressFormat.isIPv6WithSuffixes(bytes)
        case .macAddress: return FormatChecks.isMACAddress(bytes)
        case .relationshipType:
            return !bytes.isEmpty && bytes.allSatisfy { ASCII.isLowerLetter($0) || ASCII.isDigit($0) || $0 == 0x2D }
        case .characterSet: return IANARegistries.characterSets.contains(text)
        case .mediaType: return IANARegistries.mediaTypes.contains(text)
        case .cpe: return CPEFormat.isCPE23(bytes)
        case .registryKey: return FormatChecks.isFullHiveKey(text)
        case .softwareLanguage:
            return LanguageCodes.rfc5646.contains(text) || LanguageCodes.iso6392.contains(text)
        }
    }
}

/// Small format checks that need no tables.
enum FormatChecks {
    /// `^([a-fA-F0-9]{2})+$`
    static func isHex(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.count % 2 == 0 && bytes.allSatisfy(ASCII.isHexDigit)
    }

    /// Padded base64: groups of four, `=` only at the end.
    static func isBase64(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count % 4 == 0 else { return false }
        var padding = 0
        if bytes[bytes.count - 1] == UInt8(ascii: "=") { padding += 1 }
        if bytes[bytes.count - 2] == UInt8(ascii: "=") { padding += 1 }
        if padding == 1, bytes[bytes.count - 2] == UInt8(ascii: "=") { return false }
        return bytes[0..<(bytes.count - padding)].allSatisfy {
            ASCII.isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/")
        }
    }

    /// `^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$`
    static func isEmail(_ bytes: [UInt8]) -> Bool {
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        let local = bytes[..<at], domain = bytes[(at + 1)...]
        let localOK = local.allSatisfy { ASCII.isAlphanumeric($0) || "_.+-".utf8.contains($0) }
        guard localOK, let dot = domain.firstIndex(of: UInt8(ascii: ".")), dot > domain.startIndex else { return false }
        let label = domain[..<dot], rest = domain[(dot + 1)...]
        return !rest.isEmpty
            && label.allSatisfy { ASCII.isAlphanumeric($0) || $0 == 0x2D }
            && rest.allSatisfy { ASCII.isAlphanumeric($0) || $0 == 0x2D || $0 == 0x2E }
    }

    /// `^([0-9a-f]{2}[:]){5}([0-9a-f]{2})$`
    static func isMACAddress(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 17 else { return false }
        for (offset, byte) in bytes.enumerated() {
            let ok = offset % 3 == 2 ? byte == UInt8(ascii: ":") : ASCII.isLowerHexDigit(byte)
            if !ok { return false }
        }
        return true
    }

    /// Rejects keys matching `^HKLM|HKCC|HKCR|HKCU|HKU|hklm|hkcc|hkcr|hkcu|hku`
    /// (as `stix2-validator` does: anchored only for `HKLM`).
    static func isFullHiveKey(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        if bytes.starts(with: "HKLM".utf8) { return false }
        return !abbreviatedHives.contains { contains(bytes, $0) }
    }

    static let abbreviatedHives: [[UInt8]] = ["HKCC", "HKCR", "HKCU", "HKU", "hklm", "hkcc", "hkcr", "hkcu", "hku"].map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
