/// Internationalized host names, checked label by label as IDNA 2008 does.
enum HostnameFormat {
    /// Whether `text` is a host name: labels of letters, digits and inner
    /// hyphens (non-ASCII labels must be lowercase), each 1-63 bytes, one
    /// optional trailing dot.
    static func isHostname(_ text: String) -> Bool {
        var labels = text.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count > 1, labels.last?.isEmpty == true { labels.removeLast() }
        guard !labels.isEmpty, text.utf8.count <= 253 else { return false }
        return labels.allSatisfy(isLabel)
    }

    static func isLabel(_ label: Substring) -> Bool {
        let bytes = Array(label.utf8)
        guard !bytes.isEmpty, bytes.count <= 63, bytes.first != 0x2D, bytes.last != 0x2D else { return false }
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        if isASCII {
            return bytes.allSatisfy { ASCII.isAlphanumeric($0) || $0 == 0x2D }
        }
        return label.unicodeScalars.allSatisfy { scalar in
            if scalar.isASCII { return ASCII.isLowerLetter(UInt8(scalar.value)) || ASCII.isDigit(UInt8(scalar.value)) || scalar == "-" }
            return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
                || scalar.properties.generalCategory == .nonspacingMark
        } && label == label.lowercased()
    }
}

/// IPv4 and IPv6 address syntax.
enum IPAddressFormat {
    /// Dotted quad without leading zeros, optionally `/0`-`/32`.
    static func isIPv4(_ bytes: [UInt8], allowPrefix: Bool) -> Bool {
        var address = bytes[...]
        if allowPrefix, let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            guard isDecimal(bytes[(slash + 1)...], max: 32) else { return false }
            address = bytes[..<slash]
        }
        let parts = address.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { isDecimal($0, max: 255) }
    }

    /// Digits without a leading zero, at most `max`.
    static func isDecimal(_ bytes: ArraySlice<UInt8>, max: Int) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 3, bytes.allSatisfy(ASCII.isDigit) else { return false }
        if bytes.count > 1, bytes.first == UInt8(ascii: "0") { return false }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) } <= max
    }

    /// An IPv6 address, optionally `%zone` and `/0`-`/128`.
    static func isIPv6WithSuffixes(_ bytes: [UInt8]) -> Bool {
        if let percent = bytes.firstIndex(of: UInt8(ascii: "%")) {
            return percent + 1 < bytes.count && isIPv6(bytes[..<percent])
        }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) {
            return isDecimal(bytes[(slash + 1)...], max: 128) && isIPv6(bytes[..<slash])
        }
        return isIPv6(bytes[...])
    }

    /// Eight groups of 1-4 hex digits, or fewer with one `::`.
    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Array(bytes)
        var halves: [ArraySlice<UInt8>] = []
        var start = 0, index = 0
        while index + 1 < text.count {
            if text[index] == 0x3A, text[index + 1] == 0x3A {
                halves.append(text[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        halves.append(text[min(start, text.count)...])
        func groups(_ part: ArraySlice<UInt8>) -> Int? {
            if part.isEmpty { return 0 }
            let groups = part.split(separator: 0x3A, omittingEmptySubsequences: false)
            let valid = groups.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(ASCII.isHexDigit) }
            return valid ? groups.count : nil
        }
        switch halves.count {
        case 1: return groups(halves[0]) == 8
        case 2:
            guard let left = groups(halves[0]), let right = groups(halves[1]) else { return false }
            return left + right <= 7
        default: return false
        }
    }
}

/// CPE 2.3 formatted strings (`cpe:2.3:part:vendor:…`, 13 fields).
enum CPEFormat {
    static func isCPE23(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: "cpe:2.3:".utf8) else { return false }
        var fields: [ArraySlice<UInt8>] = []
        var start = 0, index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == UInt8(ascii: ":") { fields.append(bytes[start..<index]); start = index + 1 }
            index += 1
        }
        fields.append(bytes[min(start, bytes.count)...])
        guard fields.count == 13, fields[2].count == 1, let part = fields[2].first,
              "aho*-".utf8.contains(part) else { return false }
        return fields[3...].allSatisfy(isComponent)
    }

    static func isComponent(_ field: ArraySlice<UInt8>) -> Bool {
        if field.elementsEqual("*".utf8) || field.elementsEqual("-".utf8) { return true }
        var body = field
        while body.first == UInt8(ascii: "?") { body = body.dropFirst() }
        if body.first == UInt8(ascii: "*") { body = body.dropFirst() }
        while body.last == UInt8(ascii: "?") { body = body.dropLast() }
        if body.last == UInt8(ascii: "*"), body.dropLast().last != UInt8(ascii: "\\") { body = body.dropLast() }
        guard !body.isEmpty else { return false }
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < body.endIndex else { return false }
                index += 2
                continue
            }
            guard ASCII.isAlphanumeric(byte) || "-._".utf8.contains(byte) else { return false }
            index += 1
        }
        return true
    }
}
