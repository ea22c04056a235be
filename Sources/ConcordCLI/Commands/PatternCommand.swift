import ArgumentParser

/// `concord pattern`: STIX 2.1 patterning (validate a pattern, match it against observations).
struct PatternCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pattern",
        abstract: "Validate STIX 2.1 patterns and match them against observed data.",
        subcommands: [PatternValidateCommand.self, PatternMatchCommand.self]
    )
}
