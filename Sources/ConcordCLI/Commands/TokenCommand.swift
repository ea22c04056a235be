public import ArgumentParser
import Concord
import ConcordStore
import Foundation

extension Role: ExpressibleByArgument {}

/// `concord token`: API tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a token; it is printed once, alone on the last line, and only its hash is kept.",
            discussion: "Example:\n  concord token create --org water-utility --role publisher"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "The organization the token acts for.") var org: String
        @Option(help: "admin, publisher, reader or sensor.") var role: Role

        func run() async throws {
            let administration = try node.openNode().administration
            let issued = try await running { () async throws(ConcordError) in
                try await administration.issueToken(organizationName: org, role: role)
            }
            print("issued \(role.rawValue) token \(issued.record.id) for \(org); it is shown only this once:")
            print(issued.secret)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List tokens (ids, never secrets).",
            discussion: "Example:\n  concord token list"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() async throws {
            let administration = try node.openNode().administration
            let tokens = try await running { () async throws(ConcordError) in try await administration.tokens() }
            let organizations = try await running { () async throws(ConcordError) in try await administration.organizations() }
            let names = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.name) })
            let listed = tokens.map { ListedToken(record: $0, organization: names[$0.organizationID] ?? "?") }
            switch format {
            case .json: try printJSON(listed)
            case .text:
                var table = TextTable(header: ["ID", "ORGANIZATION", "ROLE", "CREATED", "STATUS"])
                table.rows = listed.map {
                    [$0.id, $0.organization, $0.role.rawValue, $0.created.formatted(.iso8601),
                     $0.revoked.map { "revoked \($0.formatted(.iso8601))" } ?? "active"]
                }
                table.print()
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a token by its id.",
            discussion: "Example:\n  concord token revoke 3f9a1c2b7d4e"
        )
        @OptionGroup var node: NodeOptions
        @Argument(help: "The token id shown by 'concord token list'.") var id: String

        func run() async throws {
            let administration = try node.openNode().administration
            try await running { () async throws(ConcordError) in try await administration.revokeToken(id: id) }
            print("revoked token \(id)")
        }
    }
}

/// A token as listings show it: no hash, no secret.
struct ListedToken: Encodable {
    var id: String
    var organization: String
    var role: Role
    var created: Date
    var revoked: Date?

    init(record: TokenRecord, organization: String) {
        id = record.id
        self.organization = organization
        role = record.role
        created = record.createdAt
        revoked = record.revokedAt
    }
}
