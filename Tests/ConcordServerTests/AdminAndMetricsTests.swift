import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import STIX
import Testing

@Suite("Admin API and metrics")
struct AdminAndMetricsTests {
    @Test func adminManagesTheCommunity() async throws {
        let hub = try await TestHub()
        let admin = hub.adminHeaders
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/admin/organizations", method: .post, headers: admin, body: ByteBuffer(string: #"{"name":"library"}"#)) { response in
                #expect(response.status == .created)
                #expect(response.json?.objectValue?["identity_id"]?.stringValue?.hasPrefix("identity--") == true)
            }
            let token = try await client.execute(uri: "/admin/tokens", method: .post, headers: admin,
                                                 body: ByteBuffer(string: #"{"organization":"library","role":"reader"}"#)) { response in
                #expect(response.status == .created)
                return try #require(response.json?.objectValue)
            }
            let secret = try #require(token["token"]?.stringValue)
            let created = try await client.execute(uri: "/admin/collections", method: .post, headers: admin,
                                                   body: ByteBuffer(string: #"{"title":"Library feed","default_tlp":"amber","read":["library"]}"#)) { response in
                #expect(response.status == .created)
                return try #require(response.json?.objectValue?["id"]?.stringValue)
            }
            try await client.execute(uri: "/taxii2/api/collections/\(created)/", method: .get,
                                     headers: [.authorization: "Bearer \(secret)"]) { response in
                #expect(response.status == .ok)
                #expect(response.json?.objectValue?["can_write"] == .bool(false))
            }
            try await client.execute(uri: "/admin/collections/\(created)/grants/library", method: .put, headers: admin,
                                     body: ByteBuffer(string: #"{"read":true,"write":true}"#)) { response in
                #expect(response.json?.objectValue?["write"] == .bool(true))
            }
            let tokenID = try #require(token["id"]?.stringValue)
            try await client.execute(uri: "/admin/tokens/\(tokenID)", method: .delete, headers: admin) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/taxii2/api/collections/", method: .get, headers: [.authorization: "Bearer \(secret)"]) { response in
                #expect(response.status == .unauthorized, "a revoked token no longer works")
            }
        }
    }

    @Test func adminsCanAuditEveryAdministrativeEntry() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let changes = try await client.execute(uri: "/admin/ledger/changes?limit=1000", method: .get, headers: hub.adminHeaders) { response in
                try #require(response.json?.objectValue?["changes"]?.arrayValue)
            }
            #expect(changes.count >= 12, "organizations, tokens, collections and grants each appended one")
            for change in changes {
                let fields = try #require(change.objectValue)
                let description = try #require(fields["description"])
                let salt = try #require(Data(base64Encoded: fields["salt"]?.stringValue ?? ""))
                let entry = try #require(Data(base64Encoded: fields["entry"]?.stringValue ?? ""))
                let commitment = Commitment.adminChange(salt: [UInt8](salt), description: description)
                #expect([UInt8](entry) == LedgerEntry(kind: .admin, commitment: commitment).leaf)
            }
            try await client.execute(uri: "/admin/ledger/changes", method: .get, headers: hub.headers(as: "publisher")) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func onlyAdminsUseTheAdminAPI() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/admin/organizations", method: .get, headers: hub.headers(as: "publisher")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/admin/organizations", method: .get, headers: hub.headers(as: nil)) { response in
                #expect(response.status == .unauthorized)
            }
            let admin = hub.adminHeaders
            try await client.execute(uri: "/admin/tokens", method: .post, headers: admin,
                                     body: ByteBuffer(string: #"{"organization":"nobody","role":"reader"}"#)) { response in
                #expect(response.status == .notFound)
                #expect(response.json?.objectValue?["description"]?.stringValue?.contains("nobody") == true)
            }
            try await client.execute(uri: "/admin/organizations", method: .post, headers: admin, body: ByteBuffer(string: "{")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func metricsCountRequestsAndObjects() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            _ = try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                         body: TestHub.envelope([TestHub.indicator(1), "{}"]))
            _ = try await client.execute(uri: "/taxii2/", method: .get, headers: hub.headers(as: nil))
            let text = try await client.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
            #expect(text.contains("concord_http_requests_total{method=\"GET\",route=\"/taxii2\",status=\"200\"} 1"))
            #expect(text.contains("concord_objects_stored_total 1"))
            #expect(text.contains("concord_objects_rejected_total 1"))
            #expect(text.contains("concord_http_request_duration_seconds_bucket"))
        }
    }
}

extension TestHub {
    /// Headers for the admin API as the admin organization.
    var adminHeaders: HTTPFields {
        var fields = headers(as: "admin")
        fields[.contentType] = "application/json"
        return fields
    }
}
