import ArgumentParser

/// `concord`: the root command, which only groups the verbs.
struct ConcordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concord",
        abstract: "Concord: a cooperative threat-intelligence exchange (STIX 2.1, TAXII 2.1).",
        discussion: """
            Exit codes: 0 ok, 1 negative result (invalid objects, rejected imports), 2 usage or input error.
            The data directory is --data DIR, else $CONCORD_DATA, else ./concord-data.
            """,
        subcommands: [
            ServeCommand.self, ValidateCommand.self, ImportCommand.self, OrgCommand.self, TokenCommand.self,
            CollectionCommand.self, PatternCommand.self, DetectCommand.self, LedgerCommand.self, WitnessCommand.self,
        ]
    )
}
