import ArgumentParser
import Foundation
import STIX

/// `concord validate`: checks files of STIX 2.1 objects against the specification.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check STIX 2.1 objects (bundle, JSON array, object or JSON Lines) against the specification.",
        discussion: """
            Prints one line per finding: FILE: OBJECT-ID: /json/pointer: message. Warnings \
            (SHOULD-level findings) are printed but never make an object invalid.

            Exit 0 when every object is valid, 1 when any is invalid, 2 when a file cannot be read.

            Example:
              concord validate indicators.json
              concord validate --format json feed.jsonl > findings.json
            """
    )

    @Option(help: "Output format: text (one line per finding) or json (an array of findings).")
    var format: OutputFormat = .text

    @Argument(help: "Files to check; - reads standard input.")
    var files: [String]

    func run() async throws {
        let validator = STIXValidator()
        var report = ValidationReport()
        for file in files {
            report.check(try InputFile.reader(file), file: file, with: validator)
        }
        try print(report, format: format)
        if report.invalidObjects > 0 || report.unreadableDocuments > 0 {
            throw ExitCode(1)
        }
    }

    private func print(_ report: ValidationReport, format: OutputFormat) throws {
        switch format {
        case .text:
            for entry in report.entries { Swift.print(entry.textLine) }
            FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Swift.print(String(decoding: try encoder.encode(report.entries), as: UTF8.self))
        }
    }
}
