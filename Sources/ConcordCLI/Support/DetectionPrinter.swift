import Concord
import Foundation
import STIX
import STIXPatterns

/// Prints detections as they come, buffered: one JSON object per line
/// (`jsonl`) or one readable line (`text`).
struct DetectionPrinter {
    enum Format: String, CaseIterable {
        case text
        case jsonl
    }

    let format: Format
    var buffer = ""

    init(format: Format) {
        self.format = format
    }

    mutating func print(_ detection: Detection) {
        buffer += format == .jsonl ? Self.json(detection) : Self.text(detection)
        buffer += "\n"
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }

    static func text(_ detection: Detection) -> String {
        let name = detection.indicatorName.isEmpty ? "" : " \"\(detection.indicatorName)\""
        let event = detection.eventID.map { " (event \($0))" } ?? ""
        let earlier = detection.lines.count > 1 ? " with lines " + detection.lines.map(String.init).joined(separator: ", ") : ""
        return "line \(detection.line)\(event): \(detection.indicatorID)\(name) matched "
            + detection.matchedValues.joined(separator: ", ") + earlier
    }

    static func json(_ detection: Detection) -> String {
        var object: JSONObject = [
            "line": .number(JSONNumber(Int64(detection.line))),
            "indicator": .string(detection.indicatorID),
            "name": .string(detection.indicatorName),
            "matched": .array(detection.matchedValues.map(JSONValue.string)),
            "lines": .array(detection.lines.map { .number(JSONNumber(Int64($0))) }),
            "time": .string(detection.times.last?.text ?? ""),
        ]
        if let id = detection.eventID { object["event_id"] = .string(id) }
        return CanonicalJSON.string(.object(object))
    }
}
