import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import STIX
import Testing

/// Every read route × every TLP level × every kind of principal, asserting
/// exactly what the access table in design.md allows — no more, no less.
@Suite("Leak matrix")
struct LeakMatrixTests {
    enum Route: String, CaseIterable {
        case objects, object, versions, manifest, pagedObjects, ledgerProof
    }

    static let principals: [String?] = ["publisher", "grantee", "recipient", "outsider", "admin", nil]

    /// One object per TLP level, published by `publisher`; RED names `recipient`.
    static func publishOnePerLevel(hub: TestHub, client: some TestClientProtocol, path: String) async throws -> [TLPLevel: String] {
        let recipient = try #require(hub.organizations["recipient"]).identityID
        var ids: [TLPLevel: String] = [:]
        var objects: [String] = []
        for (n, level) in TLPLevel.allCases.enumerated() {
            ids[level] = TestHub.id(n)
            objects.append(TestHub.indicator(n, tlp: level, recipients: level == .red ? [recipient] : []))
        }
        try await client.execute(uri: path + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                 body: TestHub.envelope(objects)) { response in
            #expect(response.json?.objectValue?["success_count"]?.numberValue?.integer == 5)
        }
        try await hub.integrateLedger()
        return ids
    }

    /// What the table allows in a private collection (publisher writes; grantee and recipient read).
    static func allowed(_ principal: String?, _ level: TLPLevel) -> Bool {
        switch principal {
        case "publisher": true
        case "recipient": true
        case "grantee": level != .red
        default: false
        }
    }

    @Test(arguments: Route.allCases)
    func privateCollection(_ route: Route) async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let ids = try await Self.publishOnePerLevel(hub: hub, client: client, path: hub.collectionPath)
            for principal in Self.principals {
                let visible = try await Self.visible(route, ids: ids, principal: principal, hub: hub, client: client, path: hub.collectionPath)
                let expected = Set(TLPLevel.allCases.filter { Self.allowed(principal, $0) }.compactMap { ids[$0] })
                #expect(visible == expected, "\(route) as \(principal ?? "anonymous")")
            }
        }
    }

    @Test(arguments: Route.allCases)
    func publicCollection(_ route: Route) async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let ids = try await Self.publishOnePerLevel(hub: hub, client: client, path: hub.publicCollectionPath)
            for principal in Self.principals {
                let visible = try await Self.visible(route, ids: ids, principal: principal, hub: hub, client: client, path: hub.publicCollectionPath)
                let expected = Set(TLPLevel.allCases.filter { level in
                    level == .clear || principal == "publisher" || (principal == "grantee" && level != .red)
                }.compactMap { ids[$0] })
                #expect(visible == expected, "\(route) as \(principal ?? "anonymous") on a public collection")
            }
        }
    }

    /// The object ids `principal` can see through `route`.
    static func visible(_ route: Route, ids: [TLPLevel: String], principal: String?, hub: TestHub,
                        client: some TestClientProtocol, path: String) async throws -> Set<String> {
        let headers = hub.headers(as: principal)
        switch route {
        case .objects, .manifest:
            let uri = path + (route == .objects ? "objects/" : "manifest/")
            return try await client.execute(uri: uri, method: .get, headers: headers) { response in
                Set(response.json?.objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? [])
            }
        case .object, .versions:
            var seen: Set<String> = []
            for id in ids.values {
                let uri = path + "objects/\(id)/" + (route == .versions ? "versions/" : "")
                let status = try await client.execute(uri: uri, method: .get, headers: headers) { $0.status }
                if status == .ok { seen.insert(id) }
                #expect(status == .ok || status == .notFound || (principal == nil && status == .unauthorized))
            }
            return seen
        case .pagedObjects:
            return try await pagedIDs(path: path, headers: headers, client: client)
        case .ledgerProof:
            var seen: Set<String> = []
            let collection = path.split(separator: "/").last.map(String.init) ?? ""
            for id in ids.values {
                let uri = "/ledger/proof?collection=\(collection)&id=\(id)&version=2024-05-01T10:00:00.000Z"
                let (status, salt) = try await client.execute(uri: uri, method: .get, headers: headers) {
                    ($0.status, $0.json?.objectValue?["salt"]?.stringValue)
                }
                if status == .ok {
                    seen.insert(id)
                    #expect(salt != nil)
                } else {
                    #expect(status == .notFound || (principal == nil && status == .unauthorized), "\(status)")
                }
            }
            return seen
        }
    }

    /// Pages of one object: every page's `more` must be right for this reader.
    static func pagedIDs(path: String, headers: HTTPFields, client: some TestClientProtocol) async throws -> Set<String> {
        var seen: Set<String> = []
        var query = "?limit=1"
        while true {
            let page = try await client.execute(uri: path + "objects/" + query, method: .get, headers: headers) { $0.json?.objectValue }
            guard let page, let objects = page["objects"]?.arrayValue else { return seen }
            seen.formUnion(objects.compactMap { $0.objectValue?["id"]?.stringValue })
            guard page["more"] == .bool(true), let next = page["next"]?.stringValue else {
                #expect(page["next"] == nil)
                return seen
            }
            #expect(objects.count == 1, "a page that says more must not be empty")
            query = "?next=\(next)"
        }
    }

    @Test func unknownAndUnauthorizedCollectionsLookTheSame() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let unknown = "/taxii2/api/collections/\(UUID().uuidString.lowercased())/"
            for path in [hub.collectionPath, unknown, "/taxii2/api/collections/not-a-uuid/"] {
                for suffix in ["", "objects/", "manifest/"] {
                    let (status, body) = try await client.execute(uri: path + suffix, method: .get, headers: hub.headers(as: "outsider")) {
                        ($0.status, $0.json?.objectValue?["title"])
                    }
                    #expect(status == .notFound)
                    #expect(body == .string("Not found"))
                }
            }
            let listed = try await client.execute(uri: "/taxii2/api/collections/", method: .get, headers: hub.headers(as: "outsider")) {
                $0.json?.objectValue?["collections"]?.arrayValue?.count
            }
            #expect(listed == 1, "the outsider sees only the public collection")
        }
    }
}
