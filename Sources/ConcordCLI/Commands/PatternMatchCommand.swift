import ArgumentParser
import Foundation
import STIX
import STIXPatterns

/// `concord pattern match`: matches a pattern against observed-data objects and their SCOs.
struct PatternMatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match a STIX 2.1 pattern against observed data.",
        discussion: """
            FILE is a bundle or a JSON array of observed-data objects and the SCOs their object_refs \
            name (2.0-style embedded 'objects' are accepted too). Matching follows the OASIS \
            stix2-matcher (STIX 2.1 mode).

            Exit 0 when the pattern matches (each observed-data id used is printed with the SCOs that satisfied the pattern), 1 when it does \
            not, 2 when the pattern or the input is invalid.

            Example:
              concord pattern match --observed sightings.json "[domain-name:value LIKE '%.example.com']"
            """
    )

    @Option(help: ArgumentHelp("The observations: a bundle or a JSON array (- reads standard input). Required.",
                               valueName: "file"))
    var observed: String?

    @Option(help: .hidden)
    var batch: String?

    /// With `--batch`: time compiling and matching for at least this many seconds (bench/patterns.py).
    @Option(help: .hidden)
    var benchSeconds: Double?

    @Argument(help: "The pattern (quote it for the shell).")
    var pattern: String?

    func run() async throws {
        if let batch {
            if let benchSeconds {
                try BatchTiming.run(InputFile.read(batch), minimumSeconds: benchSeconds)
            } else {
                try BatchMatcher.run(InputFile.read(batch))
            }
            return
        }
        guard let pattern else { throw ValidationError("Missing expected argument '<pattern>'") }
        guard let observed else { throw ValidationError("Missing expected option '--observed <observed>'") }
        let compiled: Pattern
        do throws(PatternError) {
            compiled = try Pattern(parsing: pattern)
        } catch {
            throw CLIFailure.input("invalid pattern: \(error.description) [\(error.code.rawValue)]")
        }
        let objects = try PatternMatchCommand.observations(InputFile.read(observed), file: observed)
        try report(compiled, objects)
    }

    private func report(_ pattern: Pattern, _ objects: [JSONValue]) throws {
        let result: PatternMatch?
        do throws(PatternMatchError) {
            result = try pattern.match(objects)
        } catch {
            throw CLIFailure.input("cannot match: \(error.message)")
        }
        guard let result else {
            print("no match")
            throw ExitCode(1)
        }
        for (id, objects) in zip(result.observedDataIDs, result.matchedObjectIDs) {
            print("match: \(id)" + (objects.isEmpty ? "" : " (" + objects.joined(separator: ", ") + ")"))
        }
    }

    /// The objects of a bundle, array or single object.
    static func observations(_ bytes: [UInt8], file: String) throws(CLIFailure) -> [JSONValue] {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .input("\(file): \(error)")
        }
        switch document {
        case .array(let values): return values
        case .object: return [document]
        default: throw .input("\(file): expected a bundle or a JSON array of objects")
        }
    }
}
