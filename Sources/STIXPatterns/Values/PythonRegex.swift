import Foundation

/// A `MATCHES` regular expression compiled once, at pattern-compile time.
///
/// The reference uses Python `re.search`; Concord uses ICU (through
/// `NSRegularExpression`), whose syntax is close to Python's. Python-only
/// spellings are translated: `(?P<name>…)` → `(?<name>…)`, `(?P=name)` →
/// `\k<name>`, and `\Z` (end of text) → `\z`. Binary values are searched as
/// Latin-1 text, which matches Python's bytes-regex search for patterns whose
/// characters are all below U+0100 (the only ones the reference applies to bytes).
final class PythonRegex: @unchecked Sendable {
    /// Why a regular expression did not compile.
    struct CompileError: Error {
        let message: String
    }

    // NSRegularExpression is immutable after creation and documented as
    // thread-safe, hence @unchecked Sendable.
    private let expression: NSRegularExpression
    /// The same regex with ASCII-only classes, as Python applies a pattern to bytes.
    private let binaryExpression: NSRegularExpression?
    /// Whether every character is below U+0100, so the regex can apply to bytes.
    let appliesToBinary: Bool

    /// Compiles `pattern` (after NFC normalization).
    init(_ pattern: String) throws(CompileError) {
        let normalized = Normalization.nfc(pattern)
        appliesToBinary = normalized.unicodeScalars.allSatisfy { $0.value < 0x100 }
        do {
            // ICU rejects an empty pattern; Python's matches everywhere. Only
            // "\n" ends a line for `.` and `$` in Python, hence Unix line mode.
            try PythonRegex.checkPythonSyntax(normalized)
            let translated = PythonRegex.translate(normalized, binary: false)
            expression = try NSRegularExpression(pattern: translated.isEmpty ? "(?:)" : translated,
                                                 options: [.useUnixLineSeparators])
            let binary = PythonRegex.translate(normalized, binary: true)
            binaryExpression = appliesToBinary
                ? try? NSRegularExpression(pattern: binary.isEmpty ? "(?:)" : binary, options: [.useUnixLineSeparators])
                : nil
        } catch {
            throw CompileError(message: "\(error.localizedDescription)")
        }
    }

    /// Whether the regex matches anywhere in `text` (normalized to NFC first).
    func search(_ text: String) -> Bool {
        let normalized = Normalization.nfc(text)
        let range = NSRange(location: 0, length: normalized.utf16.count)
        return expression.firstMatch(in: normalized, range: range) != nil
    }

    /// Whether the regex matches anywhere in `bytes` read as Latin-1.
    func search(bytes: [UInt8]) -> Bool {
        var view = String.UnicodeScalarView()
        for byte in bytes { view.append(Unicode.Scalar(byte)) }
        let text = String(view)
        guard let binaryExpression else { return false }
        return binaryExpression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// Rejects what Python's `re` rejects but ICU would accept: unknown
    /// letter escapes, `\x` without two hex digits, and `(?<name>…)`
    /// (Python only knows `(?P<name>…)`).
    static func checkPythonSyntax(_ pattern: String) throws(CompileError) {
        let scalars = Array(pattern.unicodeScalars)
        // The reference also compiles a bytes version of any pattern below
        // U+0100, where \u, \U and \N are unknown escapes.
        let alsoBytes = scalars.allSatisfy { $0.value < 0x100 }
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count {
                let letter = scalars[index + 1]
                if letter.isASCII, letter.properties.isAlphabetic, !"abBdDfnrsStvwWZAxuUN".unicodeScalars.contains(letter) {
                    throw CompileError(message: "bad escape \\\(letter)")
                }
                if alsoBytes && (letter == "u" || letter == "U" || letter == "N") {
                    throw CompileError(message: "bad escape \\\(letter) in a bytes pattern")
                }
                if letter == "x" {
                    let digits = scalars[(index + 2)...].prefix(2)
                    guard digits.count == 2, digits.allSatisfy({ Hex.nibble($0) != nil }) else {
                        throw CompileError(message: "incomplete escape \\x")
                    }
                }
                index += 2
                continue
            }
            if index > 0, globalFlagsGroup(scalars, at: index) {
                throw CompileError(message: "global flags not at the start of the expression")
            }
            if scalars[index...].starts(with: "(?<".unicodeScalars),
               index + 3 >= scalars.count || (scalars[index + 3] != "=" && scalars[index + 3] != "!") {
                throw CompileError(message: "unknown extension ?<")
            }
            index += 1
        }
    }

    /// Whether `(?flags)` (not `(?flags:…)`) starts at `index`.
    static func globalFlagsGroup(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index...].starts(with: "(?".unicodeScalars) else { return false }
        var cursor = index + 2
        while cursor < scalars.count, "aiLmsux".unicodeScalars.contains(scalars[cursor]) { cursor += 1 }
        return cursor > index + 2 && cursor < scalars.count && scalars[cursor] == ")"
    }

    /// A Python quantifier `{m}`, `{m,}`, `{,n}` or `{m,n}` at `index`, as
    /// ICU text (`{,n}` becomes `{0,n}`) with its length; nil when the brace
    /// is a literal character in Python.
    static func quantifier(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var cursor = index + 1
        var low = "", high = "", comma = false
        while cursor < scalars.count, scalars[cursor] != "}" {
            let scalar = scalars[cursor]
            if scalar == ",", !comma { comma = true } else if Lexer.isDigit(scalar) {
                if comma { high.unicodeScalars.append(scalar) } else { low.unicodeScalars.append(scalar) }
            } else { return nil }
            cursor += 1
        }
        guard cursor < scalars.count, !low.isEmpty || comma else { return nil }
        let text = "{" + (low.isEmpty ? "0" : low) + (comma ? "," + high : "") + "}"
        return (text, cursor + 1 - index)
    }

    /// Python spellings → ICU. With `binary`, the class escapes become their
    /// ASCII-only meaning, as in a Python bytes pattern.
    static func translate(_ pattern: String, binary: Bool) -> String {
        var result = ""
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        var inClass = false
        while index < scalars.count {
            let rest = scalars[index...]
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "0" {
                // Python's \0, \0o, \0oo octal escapes.
                var value: UInt32 = 0
                var cursor = index + 2
                while cursor < scalars.count, cursor < index + 4, ("0"..."7").contains(scalars[cursor]) {
                    value = value * 8 + scalars[cursor].value - 0x30
                    cursor += 1
                }
                result += "\\x{" + String(value, radix: 16) + "}"
                index = cursor
                continue
            }
            if scalar == "\\", index + 1 < scalars.count {
                result += escape(scalars[index + 1], binary: binary, inClass: inClass)
                index += 2
                continue
            }
            if !inClass, rest.starts(with: "(?P<".unicodeScalars) {
                result += "(?<"
                index += 4
                continue
            }
            if !inClass, rest.starts(with: "(?P=".unicodeScalars), let close = rest.firstIndex(of: ")") {
                result += "\\k<" + String(String.UnicodeScalarView(scalars[(index + 4)..<close])) + ">"
                index = close + 1
                continue
            }
            if scalar == "[" && !inClass {
                inClass = true
                result.unicodeScalars.append(scalar)
                index += 1
                // A "]" or "^]" right after "[" is literal, as in Python.
                if index < scalars.count, scalars[index] == "^" { result += "^"; index += 1 }
                if index < scalars.count, scalars[index] == "]" { result += "\\]"; index += 1 }
                continue
            }
            if !inClass && scalar == "{" {
                if let (text, length) = quantifier(scalars, at: index) {
                    result += text
                    index += length
                } else {
                    result += "\\{"
                    index += 1
                }
                continue
            }
            if !inClass && scalar == "}" {
                result += "\\}"
                index += 1
                continue
            }
            if scalar == "]" && inClass { inClass = false }
            // Inside a Python class "[" and "&" are plain characters; ICU gives them set syntax.
            if inClass && (scalar == "[" || scalar == "&") { result += "\\" }
            result.unicodeScalars.append(scalar)
            index += 1
        }
        return result
    }

    private static func escape(_ letter: Unicode.Scalar, binary: Bool, inClass: Bool) -> String {
        if letter == "Z" && !inClass { return "\\z" }
        if letter == "v" { return "\\x0B" }
        guard binary else { return "\\" + String(letter) }
        let ascii: [Unicode.Scalar: String] = ["w": "a-zA-Z0-9_", "d": "0-9", "s": " \\t\\n\\r\\f\\x0B"]
        if let body = ascii[letter] { return inClass ? body : "[" + body + "]" }
        let lower = Unicode.Scalar(letter.value | 0x20) ?? letter
        if !inClass, letter.properties.isUppercase, let body = ascii[lower] { return "[^" + body + "]" }
        return "\\" + String(letter)
    }
}
