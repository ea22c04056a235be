import Concord
import Foundation
import STIXPatterns

/// One pass of `concord detect` over an event log: feeds lines to the
/// detector, prints detections, counts, and aggregates sightings.
struct DetectionRun {
    var detector: Detector
    var printer: DetectionPrinter
    var aggregator: SightingAggregator
    /// Whether detections are kept for sightings (only when publishing).
    let aggregates: Bool
    let catalog: IndicatorCatalog
    let progress = isatty(STDERR_FILENO) == 1
    var events = 0
    var badLines = 0
    var detections = 0
    var indicatorsHit: Set<String> = []
    let started = Date()
    var matchingSeconds = 0.0

    init(catalog: IndicatorCatalog, mapping: EventMapping, options: DetectCommand) {
        self.catalog = catalog
        let limits = IndicatorMatcher.Limits(window: Int64(options.window) * 1_000_000, eventsPerWindow: options.windowEvents)
        let now = PatternTimestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
        detector = Detector(catalog: catalog, mapping: mapping, limits: limits, parseOnly: options.parseOnly, startTime: now)
        printer = DetectionPrinter(format: DetectionPrinter.Format(rawValue: options.format) ?? .text)
        aggregator = SightingAggregator(window: Int64(options.sightingWindow) * 1_000_000)
        aggregates = options.publish
    }

    mutating func readEvents(_ reader: LineReader) throws {
        let readingStarted = Date()
        var lastProgress = Date()
        try reader.forEachLine { line, number in
            switch detector.process(line: line, number: number) {
            case .blank:
                break
            case .malformed(let reason):
                badLines += 1
                if badLines <= 20 { warn("\(reader.path):\(number): \(reason)") }
            case .event(let found):
                events += 1
                for detection in found { record(detection) }
            }
            if progress, events % 16_384 == 0, Date().timeIntervalSince(lastProgress) > 0.5 {
                lastProgress = Date()
                let rate = Double(events) / max(Date().timeIntervalSince(readingStarted), 0.001)
                FileHandle.standardError.write(Data("\r\(events) events, \(Int(rate)) events/s, \(detections) detections ".utf8))
            }
        }
        if badLines > 20 { warn("\(badLines - 20) more bad lines not shown") }
        printer.flush()
        matchingSeconds = Date().timeIntervalSince(readingStarted)
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    mutating func record(_ detection: Detection) {
        detections += 1
        indicatorsHit.insert(detection.indicatorID)
        printer.print(detection)
        if aggregates { aggregator.add(detection) }
    }

    func warn(_ message: String) {
        FileHandle.standardError.write(Data("concord: \(message)\n".utf8))
    }

    func printSummary(elapsed: TimeInterval) {
        let rate = Double(events) / max(matchingSeconds, 0.000_001)
        var lines = ["\(events) events read (\(badLines) bad lines, \(detector.untimedEvents) without a time) in "
            + String(format: "%.2f", matchingSeconds) + " s: \(Int(rate)) events/s; "
            + "\(detections) detections of \(indicatorsHit.count) indicators (\(detector.evaluations) full evaluations)"]
        let skipped = catalog.skipped.values.reduce(0, +)
        let reasons = IndicatorCatalog.SkipReason.allCases.compactMap { reason in
            catalog.skipped[reason].map { "\($0) \(reason.rawValue)" }
        }
        lines.append("indicators: \(catalog.index.count) loaded (\(catalog.index.alwaysEvaluated.count) evaluated on every event), "
            + "\(skipped) skipped" + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: ", ") + ")"))
        lines.append("total time " + String(format: "%.2f", elapsed) + " s")
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
