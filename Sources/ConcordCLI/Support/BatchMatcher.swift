import Foundation
import STIX
import STIXPatterns

/// The hidden `concord pattern match --batch FILE` mode used by the
/// differential tests: FILE holds JSON Lines `{"pattern": …, "observed": […]}`
/// and each line gets one verdict line, `{"match":true}`, `{"match":false}` or
/// `{"error":"…","kind":"pattern"|"match"|"input"}`, so thousands of cases
/// run in one process.
enum BatchMatcher {
    static func run(_ bytes: [UInt8]) {
        // Keyed by UTF-8 bytes: String keys would merge canonically equivalent patterns.
        var cache: [[UInt8]: Result<Pattern, PatternError>] = [:]
        var output = ""
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            output += verdict(for: Array(line), cache: &cache) + "\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    static func verdict(for line: [UInt8], cache: inout [[UInt8]: Result<Pattern, PatternError>]) -> String {
        guard let document = try? JSONParser.parse(line), let object = document.objectValue,
              let text = object["pattern"]?.stringValue, let observed = object["observed"]?.arrayValue else {
            return error("line is not {\"pattern\": string, \"observed\": array}", kind: "input")
        }
        let key = Array(text.utf8)
        let compiled = cache[key] ?? Result { () throws(PatternError) in try Pattern(parsing: text) }
        cache[key] = compiled
        switch compiled {
        case .failure(let failure):
            return error(failure.description, kind: "pattern")
        case .success(let pattern):
            do throws(PatternMatchError) {
                return try pattern.match(observed) == nil ? "{\"match\":false}" : "{\"match\":true}"
            } catch {
                return self.error(error.message, kind: "match")
            }
        }
    }

    static func error(_ message: String, kind: String) -> String {
        var escaped = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "{\"error\":\"\(escaped)\",\"kind\":\"\(kind)\"}"
    }
}
