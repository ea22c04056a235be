/// RFC 3986 `URI` syntax (scheme, optional authority, path, query, fragment).
enum URIFormat {
    /// Whether `bytes` is an absolute URI.
    static func isURI(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              ASCII.isLetter(bytes[0]),
              bytes[1..<colon].allSatisfy({ ASCII.isAlphanumeric($0) || "+-.".utf8.contains($0) }) else { return false }
        var rest = bytes[(colon + 1)...]
        var fragment: ArraySlice<UInt8> = []
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            fragment = rest[(hash + 1)...]
            rest = rest[..<hash]
        }
        var query: ArraySlice<UInt8> = []
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            query = rest[(question + 1)...]
            rest = rest[..<question]
        }
        guard isEncoded(fragment, extra: "/?:@"), isEncoded(query, extra: "/?:@") else { return false }
        if rest.starts(with: "//".utf8) {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: UInt8(ascii: "/")) ?? afterSlashes.endIndex
            guard isAuthority(afterSlashes[..<end]) else { return false }
            rest = afterSlashes[end...]
        }
        return isEncoded(rest, extra: "/:@")
    }

    /// unreserved / pct-encoded / sub-delims / `extra`.
    static func isEncoded(_ bytes: ArraySlice<UInt8>, extra: String) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                      ASCII.isHexDigit(bytes[index + 1]), ASCII.isHexDigit(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            guard isUnreserved(byte) || isSubDelimiter(byte) || extra.utf8.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || "-._~".utf8.contains(byte)
    }

    static func isSubDelimiter(_ byte: UInt8) -> Bool {
        "!$&'()*+,;=".utf8.contains(byte)
    }

    /// `[userinfo@]host[:port]`
    static func isAuthority(_ bytes: ArraySlice<UInt8>) -> Bool {
        var hostAndPort = bytes
        if let at = bytes.lastIndex(of: UInt8(ascii: "@")) {
            guard isEncoded(bytes[..<at], extra: ":") else { return false }
            hostAndPort = bytes[(at + 1)...]
        }
        if hostAndPort.first == UInt8(ascii: "[") {
            guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = hostAndPort[(hostAndPort.startIndex + 1)..<close]
            guard !literal.isEmpty, literal.allSatisfy({ ASCII.isHexDigit($0) || ":.vV".utf8.contains($0) || isUnreserved($0) }) else { return false }
            return isPort(hostAndPort[(close + 1)...])
        }
        let colon = hostAndPort.firstIndex(of: UInt8(ascii: ":")) ?? hostAndPort.endIndex
        return isEncoded(hostAndPort[..<colon], extra: "") && isPort(hostAndPort[colon...])
    }

    /// Empty, or `:` followed by digits.
    static func isPort(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        return first == UInt8(ascii: ":") && bytes.dropFirst().allSatisfy(ASCII.isDigit)
    }
}
