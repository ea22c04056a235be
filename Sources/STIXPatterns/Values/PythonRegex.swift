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
    /// Whether every character is below U+0100, so the regex can apply to bytes.
    let appliesToBinary: Bool

    /// Compiles `pattern` (after NFC normalization).
    init(_ pattern: String) throws(CompileError) {
        let normalized = Normalization.nfc(pattern)
        appliesToBinary = normalized.unicodeScalars.allSatisfy { $0.value < 0x100 }
        do {
            // ICU rejects an empty pattern; Python's matches everywhere.
            let translated = PythonRegex.translate(normalized)
            expression = try NSRegularExpression(pattern: translated.isEmpty ? "(?:)" : translated)
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
        return expression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    static func translate(_ pattern: String) -> String {
        var result = ""
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let rest = scalars[index...]
            if rest.starts(with: "\\".unicodeScalars), index + 1 < scalars.count {
                result.unicodeScalars.append(contentsOf: scalars[index + 1] == "Z" ? ["\\", "z"] : [scalars[index], scalars[index + 1]])
                index += 2
            } else if rest.starts(with: "(?P<".unicodeScalars) {
                result += "(?<"
                index += 4
            } else if rest.starts(with: "(?P=".unicodeScalars), let close = rest.firstIndex(of: ")") {
                result += "\\k<" + String(String.UnicodeScalarView(scalars[(index + 4)..<close])) + ">"
                index = close + 1
            } else {
                result.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return result
    }
}
