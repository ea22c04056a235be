import ArgumentParser
import Foundation
import STIXPatterns

/// `concord pattern validate`: checks the syntax and literals of one pattern.
struct PatternValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a STIX 2.1 pattern is valid.",
        discussion: """
            Exit 0 when the pattern is valid; 1 when it is not, with LINE:COLUMN: what was expected \
            on standard error; 2 on a usage error.

            Example:
              concord pattern validate "[file:hashes.'SHA-256' = 'aec0…'] FOLLOWEDBY [ipv4-addr:value ISSUBSET '10.0.0.0/8']"
            """
    )

    @Argument(help: "The pattern (quote it for the shell).")
    var pattern: String

    func run() async throws {
        do throws(PatternError) {
            _ = try Pattern(parsing: pattern)
            print("valid")
        } catch {
            FileHandle.standardError.write(Data("concord: invalid pattern: \(error.description) [\(error.code.rawValue)]\n".utf8))
            throw ExitCode(1)
        }
    }
}
