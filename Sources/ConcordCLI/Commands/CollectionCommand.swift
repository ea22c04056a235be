public import ArgumentParser
import Concord
import ConcordStore
import Foundation

extension TLPLevel: ExpressibleByArgument {}

/// `concord collection`: TAXII collections and who may use them.
struct CollectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collection",
        abstract: "Create and list collections, and grant organizations access.",
        subcommands: [Create.self, List.self, GrantAccess.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a collection; its id is printed alone on the last line.",
            discussion: """
                Writers may also read. Unmarked objects take the default TLP.
                Example:
                  concord collection create "Water sector IOCs" --read hospital,transit --write water-utility --default-tlp amber
                """
        )
        @OptionGroup var node: NodeOptions
        @Argument(help: "Its title.") var title: String
        @Option(help: "A longer description.") var description: String = ""
        @Option(help: "Organizations that may read, comma-separated.") var read: String = ""
        @Option(help: "Organizations that may write (and read), comma-separated.") var write: String = ""
        @Option(help: "TLP of unmarked objects: clear, green, amber, amber+strict or red.") var defaultTlp: TLPLevel = .green
        @Flag(help: "Anyone may read its TLP:CLEAR objects, without a token.") var `public` = false

        func run() async throws {
            let administration = try node.openNode().administration
            let request = Administration.CollectionRequest(
                title: title, description: description, defaultTLP: defaultTlp, isPublic: `public`,
                readers: Self.names(read), writers: Self.names(write)
            )
            let collection = try await running { () async throws(ConcordError) in try await administration.createCollection(request) }
            print("created collection '\(collection.title)' (default \(collection.defaultTLP.label)\(collection.isPublic ? ", public" : ""))")
            print(collection.id.uuidString.lowercased())
        }

        static func names(_ list: String) -> [String] {
            list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List collections with their grants and object counts.",
            discussion: "Example:\n  concord collection list --format json"
        )
        @OptionGroup var node: NodeOptions
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() async throws {
            let node = try self.node.openNode()
            let listed = try await CollectionListing.load(from: node)
            switch format {
            case .json: try printJSON(listed)
            case .text:
                var table = TextTable(header: ["ID", "TITLE", "DEFAULT", "PUBLIC", "OBJECTS", "READ", "WRITE"])
                table.rows = listed.map {
                    [$0.id, $0.title, $0.defaultTLP.label, $0.isPublic ? "yes" : "no", String($0.objects),
                     $0.readers.joined(separator: ","), $0.writers.joined(separator: ",")]
                }
                table.print()
            }
        }
    }

    struct GrantAccess: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract: "Set what an organization may do with a collection.",
            discussion: """
                With neither --read nor --write, access is removed. --write implies --read.
                Example:
                  concord collection grant 5f0c7c1e-2b8f-4a44-9d3e-0d7c9f7a1b22 --org hospital --read
                """
        )
        @OptionGroup var node: NodeOptions
        @Argument(help: "The collection id.") var collection: String
        @Option(help: "The organization.") var org: String
        @Flag(help: "May read.") var read = false
        @Flag(help: "May write (and read).") var write = false

        func run() async throws {
            guard let id = UUID(uuidString: collection) else { throw CLIFailure.input("'\(collection)' is not a collection id (a UUID)") }
            let administration = try node.openNode().administration
            let grant = try await running { () async throws(ConcordError) in
                try await administration.grant(collectionID: id, organizationName: org, read: read, write: write)
            }
            let access = grant.canWrite ? "read and write" : grant.canRead ? "read" : "no access"
            print("\(org) now has \(access) on collection \(collection.lowercased())")
        }
    }
}

/// A collection as `collection list` shows it.
struct CollectionListing: Encodable {
    var id: String
    var title: String
    var description: String
    var defaultTLP: TLPLevel
    var isPublic: Bool
    var objects: Int
    var readers: [String]
    var writers: [String]

    static func load(from node: ConcordNode) async throws -> [CollectionListing] {
        let organizations = try await node.store.organizations()
        let names = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.name) })
        var listed: [CollectionListing] = []
        for collection in try await node.store.collections() {
            let grants = try await node.store.grants(collectionID: collection.id)
            listed.append(CollectionListing(
                id: collection.id.uuidString.lowercased(), title: collection.title, description: collection.description,
                defaultTLP: collection.defaultTLP, isPublic: collection.isPublic,
                objects: try await node.store.countObjectVersions(collectionID: collection.id),
                readers: grants.filter(\.canRead).compactMap { names[$0.organizationID] }.sorted(),
                writers: grants.filter(\.canWrite).compactMap { names[$0.organizationID] }.sorted()
            ))
        }
        return listed
    }
}
