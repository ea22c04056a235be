import ArgumentParser
import Concord
import ConcordStore
import Foundation

/// `concord org`: member organizations.
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Manage member organizations.",
        subcommands: [Create.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an organization (with its own STIX identity id).",
            discussion: "Example:\n  concord org create water-utility"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text
        @Argument(help: "Its unique name: letters, digits, '-', '_' or '.'.") var name: String

        func run() async throws {
            let administration = try node.openNode().administration
            let organization = try await running { () async throws(ConcordError) in try await administration.createOrganization(named: name) }
            switch format {
            case .json: try printJSON(organization)
            case .text: print("created organization \(organization.name) with identity \(organization.identityID)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List organizations.",
            discussion: "Example:\n  concord org list --format json"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() async throws {
            let administration = try node.openNode().administration
            let organizations = try await running { () async throws(ConcordError) in try await administration.organizations() }
            switch format {
            case .json: try printJSON(organizations)
            case .text:
                var table = TextTable(header: ["NAME", "IDENTITY", "CREATED"])
                table.rows = organizations.map { [$0.name, $0.identityID, $0.createdAt.formatted(.iso8601)] }
                table.print()
            }
        }
    }
}
