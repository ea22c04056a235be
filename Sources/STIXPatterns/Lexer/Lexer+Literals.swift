extension Lexer {
    /// `h'` then pairs of hex digits then `'`.
    func hexLength(at start: Int) -> Int? {
        var cursor = start + 2
        while let first = at(cursor), Lexer.isHexDigit(first), let second = at(cursor + 1), Lexer.isHexDigit(second) {
            cursor += 2
        }
        return at(cursor) == "'" ? cursor + 1 - start : nil
    }

    /// `b'` then padded base64 with at least one quantum, then `'`.
    func binaryLength(at start: Int) -> Int? {
        var cursor = start + 2
        var run = 0
        while let next = at(cursor), Lexer.isBase64(next) {
            run += 1
            cursor += 1
        }
        guard run > 0 else { return nil }
        var padding = 0
        while at(cursor) == "=", padding < 2 {
            padding += 1
            cursor += 1
        }
        let valid = padding == 0 ? run % 4 == 0 : (run + padding) % 4 == 0 && run % 4 == 4 - padding
        guard valid, at(cursor) == "'" else { return nil }
        return cursor + 1 - start
    }

    /// `t'YYYY-MM-DDTHH:MM:SS[.fff]Z'` with the grammar's digit ranges.
    func timestampLength(at start: Int) -> Int? {
        var cursor = start + 2
        for expected in "DDDD-DD-DDTDD:DD:DD".unicodeScalars {
            guard let next = at(cursor) else { return nil }
            guard expected == "D" ? Lexer.isDigit(next) : next == expected else { return nil }
            cursor += 1
        }
        let digits = { (i: Int) -> Int in Int(self.scalars[i].value) - 0x30 }
        let base = start + 2
        let month = digits(base + 5) * 10 + digits(base + 6)
        let day = digits(base + 8) * 10 + digits(base + 9)
        let hour = digits(base + 11) * 10 + digits(base + 12)
        let second = digits(base + 17) * 10 + digits(base + 18)
        guard (1...12).contains(month), (1...31).contains(day), hour <= 23,
              second <= 60, digits(base + 14) <= 5 else { return nil }
        if at(cursor) == ".", let digit = at(cursor + 1), Lexer.isDigit(digit) {
            cursor += 1
            while let next = at(cursor), Lexer.isDigit(next) { cursor += 1 }
        }
        guard at(cursor) == "Z", at(cursor + 1) == "'" else { return nil }
        return cursor + 2 - start
    }
}
