import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import STIX
import Testing

@Suite("TAXII routes")
struct TAXIIRouteTests {
    @Test func discoveryAndAPIRootDescribeTheServer() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/taxii2/", method: .get, headers: hub.headers(as: nil)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/taxii+json;version=2.1")
                #expect(response.json?.objectValue?["api_roots"]?.arrayValue?.first?.stringValue?.hasSuffix("/taxii2/api/") == true)
            }
            try await client.execute(uri: "/taxii2/api/", method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.json?.objectValue?["max_content_length"]?.numberValue?.integer == 1_000_000)
                #expect(response.json?.objectValue?["versions"] == .array([.string("application/taxii+json;version=2.1")]))
            }
        }
    }

    @Test func theRecipientsExtensionIsPublishedAndValid() async throws {
        let hub = try await TestHub()
        #expect(!STIXValidator().validate(RecipientsExtension.definition).containsErrors)
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/taxii2/api/concord/recipients-extension/", method: .get, headers: hub.headers(as: nil)) { response in
                let object = response.json?.objectValue?["objects"]?.arrayValue?.first?.objectValue
                #expect(object?["id"] == .string(MarkingResolver.recipientsExtensionID))
                #expect(object?["type"] == .string("extension-definition"))
            }
        }
    }

    @Test func whoamiNamesTheCallersOrganizationAndIdentity() async throws {
        let hub = try await TestHub()
        let publisher = try #require(hub.organizations["publisher"])
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/taxii2/api/concord/whoami/", method: .get, headers: hub.headers(as: "publisher")) { response in
                #expect(response.status == .ok)
                let body = response.json?.objectValue
                #expect(body?["organization"] == .string(publisher.name))
                #expect(body?["identity"] == .string(publisher.identityID))
                #expect(body?["role"] == .string("publisher"))
            }
            try await client.execute(uri: "/taxii2/api/concord/whoami/", method: .get, headers: hub.headers(as: nil)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func badCredentialsAre401WithChallenges() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            for header in ["Bearer nope", "Basic !!!", "Digest x", "Bearer", "Basic " + Data("grantee:wrong".utf8).base64EncodedString()] {
                try await client.execute(uri: "/taxii2/api/collections/", method: .get, headers: [.authorization: header]) { response in
                    #expect(response.status == .unauthorized, "\(header)")
                    #expect(response.headers[.wwwAuthenticate]?.contains("Basic") == true)
                    #expect(response.json?.objectValue?["http_status"] == .string("401"))
                }
            }
            let token = try #require(hub.tokens["grantee"])
            let basic = "Basic " + Data("grantee:\(token)".utf8).base64EncodedString()
            try await client.execute(uri: hub.collectionPath, method: .get, headers: [.authorization: basic]) { response in
                #expect(response.status == .ok)
            }
            let wrongUser = "Basic " + Data("publisher:\(token)".utf8).base64EncodedString()
            try await client.execute(uri: hub.collectionPath, method: .get, headers: [.authorization: wrongUser]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func contentNegotiation() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/taxii2/", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notAcceptable)
            }
            try await client.execute(uri: "/taxii2/", method: .get, headers: [.accept: "application/taxii+json;version=2.0"]) { response in
                #expect(response.status == .notAcceptable)
            }
            var headers = hub.headers(as: "publisher")
            headers[.contentType] = "application/json"
            try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: headers,
                                     body: TestHub.envelope([TestHub.indicator(1)])) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test(arguments: [
        ("?added_after=yesterday", "added_after"), ("?limit=0", "limit"), ("?limit=ten", "limit"),
        ("?match[version]=newest", "match[version]"), ("?match[id]=not-an-id", "match[id]"), ("?next=forged", "next"),
        ("?match[typo]=indicator", "match[typo]"), ("?match%5Bversion%5D=soon", "match[version]"),
    ])
    func badFiltersAre400(_ query: String, _ parameter: String) async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            try await client.execute(uri: hub.collectionPath + "objects/" + query, method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.status == .badRequest)
                #expect(response.json?.objectValue?["description"]?.stringValue?.contains(parameter) == true)
            }
        }
    }

    @Test func percentEncodedFiltersApply() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            _ = try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                         body: TestHub.envelope([TestHub.indicator(1), TestHub.indicator(2)]))
            let uri = hub.collectionPath + "objects/?match%5Bid%5D=" + TestHub.id(2).replacingOccurrences(of: "-", with: "%2D")
            try await client.execute(uri: uri, method: .get, headers: hub.headers(as: "grantee")) { response in
                let ids = response.json?.objectValue?["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue }
                #expect(ids == [TestHub.id(2)])
            }
        }
    }

    @Test func malformedAndOversizedBodies() async throws {
        let hub = try await TestHub(maxContentLength: 2_000)
        try await hub.application.test(.router) { client in
            let path = hub.collectionPath + "objects/"
            let headers = hub.headers(as: "publisher", contentType: true)
            try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: "{\"objects\": [")) { response in
                #expect(response.status == .badRequest)
                #expect(response.json?.objectValue?["description"]?.stringValue?.contains("line 1") == true)
            }
            try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: "{\"objects\": 5}")) { response in
                #expect(response.status == .badRequest)
            }
            let big = TestHub.envelope((0..<20).map { TestHub.indicator($0) })
            try await client.execute(uri: path, method: .post, headers: headers, body: big) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.json?.objectValue?["http_status"] == .string("413"))
            }
            try await client.execute(uri: "/taxii2/api/nothing-here/", method: .get, headers: headers) { response in
                #expect(response.status == .notFound)
                #expect(response.json?.objectValue?["title"] != nil)
            }
        }
    }
}
