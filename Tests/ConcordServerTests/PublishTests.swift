import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import STIX
import Testing

@Suite("TAXII publishing")
struct PublishTests {
    @Test func badObjectsAreListedAndGoodOnesStored() async throws {
        let hub = try await TestHub()
        let impostor = try #require(hub.organizations["grantee"]).identityID
        let body = TestHub.envelope([
            TestHub.indicator(1), "{\"type\":\"indicator\",\"id\":\"indicator--00000000-0000-4000-8000-000000000009\"}",
            TestHub.indicator(2), TestHub.indicator(3, createdBy: impostor),
        ])
        try await hub.application.test(.router) { client in
            let status = try await client.execute(uri: hub.collectionPath + "objects/", method: .post,
                                                  headers: hub.headers(as: "publisher", contentType: true), body: body) { response in
                #expect(response.status == .accepted)
                return try #require(response.json?.objectValue)
            }
            #expect(status["status"] == .string("complete"))
            #expect(status["success_count"]?.numberValue?.integer == 2)
            #expect(status["failure_count"]?.numberValue?.integer == 2)
            let messages = status["failures"]?.arrayValue?.compactMap { $0.objectValue?["message"]?.stringValue } ?? []
            #expect(messages.contains { $0.contains("/created_by_ref") })
            #expect(messages.contains { !$0.contains("/created_by_ref") && $0.hasPrefix("/") })
            let statusID = try #require(status["id"]?.stringValue)
            try await client.execute(uri: "/taxii2/api/status/\(statusID)/", method: .get, headers: hub.headers(as: "publisher")) { response in
                #expect(response.json?.objectValue?["id"] == .string(statusID))
            }
            try await client.execute(uri: "/taxii2/api/status/\(statusID)/", method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.status == .notFound, "a status belongs to the organization that posted")
            }
        }
        #expect(try await hub.node.store.countObjectVersions(collectionID: hub.collection.id) == 2)
    }

    @Test func writeNeedsAWriteGrantAndTheRightRole() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let path = hub.collectionPath + "objects/"
            let body = TestHub.envelope([TestHub.indicator(1)])
            try await client.execute(uri: path, method: .post, headers: hub.headers(as: "grantee", contentType: true), body: body) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: path, method: .post, headers: hub.headers(as: "outsider", contentType: true), body: body) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: path, method: .post, headers: hub.headers(as: nil, contentType: true), body: body) { response in
                #expect(response.status == .unauthorized)
            }
            let status = try await client.execute(uri: path, method: .post, headers: hub.headers(as: "sensor", contentType: true), body: body) { response in
                try #require(response.json?.objectValue)
            }
            #expect(status["failure_count"]?.numberValue?.integer == 1, "a sensor may add sightings only")
        }
    }

    @Test func pagingWithNextAndDateHeaders() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            _ = try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                         body: TestHub.envelope((0..<7).map { TestHub.indicator($0) }))
            var next: String?
            var ids: [String] = []
            var mores: [Bool] = []
            repeat {
                let query = next.map { "?next=\($0)" } ?? "?limit=3"
                let page = try await client.execute(uri: hub.collectionPath + "objects/" + query, method: .get, headers: hub.headers(as: "grantee")) { response in
                    #expect(response.headers[HTTPField.Name("X-TAXII-Date-Added-First")!] != nil)
                    return try #require(response.json?.objectValue)
                }
                ids += page["objects"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
                mores.append(page["more"] == .bool(true))
                next = page["next"]?.stringValue
            } while next != nil
            #expect(ids == (0..<7).map(TestHub.id))
            #expect(mores == [true, true, false])
            try await client.execute(uri: hub.collectionPath + "objects/?limit=3", method: .get, headers: hub.headers(as: "grantee")) { first in
                let cursor = try #require(first.json?.objectValue?["next"]?.stringValue)
                try await client.execute(uri: hub.collectionPath + "objects/?next=\(cursor)", method: .get, headers: hub.headers(as: "recipient")) { response in
                    #expect(response.status == .badRequest, "a cursor belongs to the organization that listed")
                }
            }
        }
    }

    @Test func versionsManifestAndDelete() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            let versions = ["2024-05-01T10:00:00.000Z", "2024-06-01T10:00:00.000Z"]
            _ = try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                         body: TestHub.envelope(versions.map { TestHub.indicator(1, modified: $0) }))
            let objectPath = hub.collectionPath + "objects/\(TestHub.id(1))/"
            try await client.execute(uri: objectPath + "versions/", method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.json?.objectValue?["versions"] == .array(versions.map { .string($0) }))
            }
            try await client.execute(uri: hub.collectionPath + "manifest/", method: .get, headers: hub.headers(as: "grantee")) { response in
                let records = response.json?.objectValue?["objects"]?.arrayValue ?? []
                #expect(records.count == 1)
                #expect(records.first?.objectValue?["version"] == .string(versions[1]))
            }
            try await client.execute(uri: objectPath + "?match[version]=first", method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.json?.objectValue?["objects"]?.arrayValue?.first?.objectValue?["modified"] == .string(versions[0]))
            }
            try await client.execute(uri: objectPath, method: .delete, headers: hub.headers(as: "grantee")) { response in
                #expect(response.status == .notFound, "only the contributor or an admin may delete")
            }
            try await client.execute(uri: objectPath + "?match[version]=\(versions[0])", method: .delete, headers: hub.headers(as: "publisher")) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: objectPath + "versions/", method: .get, headers: hub.headers(as: "grantee")) { response in
                #expect(response.json?.objectValue?["versions"] == .array([.string(versions[1])]))
            }
        }
    }
}
