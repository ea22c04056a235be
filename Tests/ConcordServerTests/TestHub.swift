import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import STIX

/// A hub in a fresh data directory with a small community:
/// `publisher` writes, `grantee` and `recipient` read, `outsider` has no
/// grant, `admin` operates the node (no grant either).
struct TestHub {
    let node: ConcordNode
    let configuration: ServerConfiguration
    var tokens: [String: String] = [:]
    var organizations: [String: Organization] = [:]
    var collection: Collection
    var publicCollection: Collection

    static let roles: [String: Role] = ["publisher": .publisher, "grantee": .reader, "recipient": .reader,
                                        "outsider": .publisher, "admin": .admin, "sensor": .sensor]

    init(maxContentLength: Int = 1_000_000) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-hub-\(UUID().uuidString)")
        node = try ConcordNode.open(dataDirectory: directory)
        configuration = ServerConfiguration(port: 0, maxContentLength: maxContentLength, maximumPageSize: 50)
        let administration = node.administration
        for (name, role) in Self.roles.sorted(by: { $0.key < $1.key }) {
            organizations[name] = try await administration.createOrganization(named: name)
            tokens[name] = try await administration.issueToken(organizationName: name, role: role).secret
        }
        collection = try await administration.createCollection(.init(
            title: "Shared", defaultTLP: .green, readers: ["grantee", "recipient"], writers: ["publisher", "sensor"]))
        publicCollection = try await administration.createCollection(.init(
            title: "Open", defaultTLP: .clear, isPublic: true, readers: ["grantee"], writers: ["publisher"]))
    }

    /// Integrates every queued ledger entry, as the sequencer service would.
    func integrateLedger() async throws {
        let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: node.dataDirectory, store: node.store, origin: "test.example/concord")
        let sequencer = LedgerSequencer(store: node.store, key: key)
        try await sequencer.publishInitialCheckpoint()
        while try await sequencer.integratePending() > 0 {}
    }

    var application: some ApplicationProtocol {
        get async throws { try await buildApplication(configuration: configuration, node: node) }
    }

    var collectionPath: String { "/taxii2/api/collections/\(collection.id.uuidString.lowercased())/" }
    var publicCollectionPath: String { "/taxii2/api/collections/\(publicCollection.id.uuidString.lowercased())/" }

    /// Headers for a request as `name` (nil: anonymous).
    func headers(as name: String?, contentType: Bool = false) -> HTTPFields {
        var fields: HTTPFields = [.accept: "application/taxii+json;version=2.1"]
        if let name, let token = tokens[name] { fields[.authorization] = "Bearer \(token)" }
        if contentType { fields[.contentType] = "application/taxii+json;version=2.1" }
        return fields
    }

    /// An envelope body of objects.
    static func envelope(_ objects: [String]) -> ByteBuffer {
        ByteBuffer(string: "{\"objects\":[" + objects.joined(separator: ",") + "]}")
    }

    /// An indicator as JSON text, optionally marked and with TLP:RED recipients.
    static func indicator(_ n: Int, tlp: TLPLevel? = nil, recipients: [String] = [], modified: String = "2024-05-01T10:00:00.000Z",
                          createdBy: String? = nil) -> String {
        var fields = [
            "\"type\":\"indicator\"", "\"spec_version\":\"2.1\"",
            "\"id\":\"indicator--\(String(format: "8e2e2d2b-17d4-4cbf-938f-%012d", n))\"",
            "\"created\":\"2024-05-01T10:00:00.000Z\"", "\"modified\":\"\(modified)\"",
            "\"pattern\":\"[ipv4-addr:value = '198.51.100.\(n % 250)']\"", "\"pattern_type\":\"stix\"",
            "\"valid_from\":\"2024-05-01T10:00:00Z\"",
        ]
        if let tlp, let marking = TLPMarkingDefinitions.tlp2[tlp] { fields.append("\"object_marking_refs\":[\"\(marking)\"]") }
        if let createdBy { fields.append("\"created_by_ref\":\"\(createdBy)\"") }
        if !recipients.isEmpty {
            let list = recipients.map { "\"\($0)\"" }.joined(separator: ",")
            fields.append("\"extensions\":{\"\(MarkingResolver.recipientsExtensionID)\":{\"extension_type\":\"property-extension\",\"recipients\":[\(list)]}}")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func id(_ n: Int) -> String { "indicator--" + String(format: "8e2e2d2b-17d4-4cbf-938f-%012d", n) }
}

extension TestResponse {
    /// The body parsed as JSON.
    var json: JSONValue? { try? JSONParser.parse(body.readableBytesView) }
}
