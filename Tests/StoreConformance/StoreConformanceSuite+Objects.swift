import ConcordStore
import Foundation
import Testing

extension StoreConformanceSuite {
    func idempotentVersions() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let id = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
        let first = Self.makeVersion(collection: collection, organization: organization, id: id, modified: "2024-01-01T00:00:00.000Z", body: #"{"a":1}"#)
        let outcomes = try await store.addObjectVersions([first])
        guard case .added(let dateAdded) = outcomes.first else {
            Issue.record("first add was \(outcomes)")
            return
        }
        #expect(try await store.addObjectVersions([first]) == [.unchanged(dateAdded: dateAdded)])
        var changed = first
        changed.body = Array(#"{"a":2}"#.utf8)
        let conflict = try await store.addObjectVersions([changed])
        #expect(conflict.first?.isStored == false)
        var newer = changed
        newer.version = "2024-02-01T00:00:00.000Z"
        #expect(try await store.addObjectVersions([newer]).first?.isStored == true)
        let versions = try await store.objectVersions(collectionID: collection.id, objectID: id)
        #expect(versions.map(\.version) == ["2024-01-01T00:00:00.000Z", "2024-02-01T00:00:00.000Z"])
        #expect(versions.map { String(decoding: $0.body, as: UTF8.self) } == [#"{"a":1}"#, #"{"a":2}"#])
    }

    func conflictKeepsBatch() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let make = { (n: Int, body: String) in
            Self.makeVersion(collection: collection, organization: organization, id: "malware--00000000-0000-4000-8000-00000000000\(n)",
                             modified: "2024-01-01T00:00:00Z", body: body)
        }
        _ = try await store.addObjectVersions([make(1, "one")])
        let outcomes = try await store.addObjectVersions([make(2, "two"), make(1, "changed"), make(3, "three")])
        #expect(outcomes.map(\.isStored) == [true, false, true])
        #expect(try await store.countObjectVersions(collectionID: collection.id) == 3)
    }

    func dateAddedIncreases() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        var dates: [Date] = []
        for batch in 0..<5 {
            let versions = (0..<50).map { n in
                Self.makeVersion(collection: collection, organization: organization, id: "note--\(UUID().uuidString.lowercased())",
                                 modified: "2024-01-01T00:00:00Z", body: "\(batch)-\(n)")
            }
            for outcome in try await store.addObjectVersions(versions) {
                if case .added(let date) = outcome { dates.append(date) }
            }
        }
        #expect(dates.count == 250)
        #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 })
    }

    func concurrentWriters() async throws {
        let (store, organization, collection, _) = try await makePopulatedStore()
        let dates = try await withThrowingTaskGroup(of: [Date].self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var dates: [Date] = []
                    for batch in 0..<10 {
                        let versions = (0..<20).map { n in
                            Self.makeVersion(collection: collection, organization: organization, id: "note--\(UUID().uuidString.lowercased())",
                                             modified: "2024-01-01T00:00:00Z", body: "\(writer)-\(batch)-\(n)")
                        }
                        dates += try await store.addObjectVersions(versions).compactMap {
                            if case .added(let date) = $0 { date } else { nil }
                        }
                    }
                    return dates
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(dates.count == 800)
        #expect(Set(dates).count == 800)
        #expect(try await store.countObjectVersions(collectionID: collection.id) == 800)
    }

    func survivesReopen() async throws {
        var (store, organization, collection, reopen) = try await makePopulatedStore()
        let recipient = "identity--\(UUID().uuidString.lowercased())"
        let id = "indicator--5b8cbf8b-6f0f-4ac1-9e3c-6f1f3c3b2a10"
        let red = Self.makeVersion(collection: collection, organization: organization, id: id, modified: "2024-03-01T12:00:00.123Z",
                                   body: #"{"id":"x"}"#, tlp: .red, recipients: [recipient])
        _ = try await store.addObjectVersions([red])
        store = try await reopen()
        let stored = try await store.objectVersions(collectionID: collection.id, objectID: id)
        #expect(stored.count == 1)
        #expect(stored.first?.marking == Marking(tlp: .red, recipients: [recipient]))
        #expect(stored.first?.body == red.body)
        #expect(stored.first?.contributorID == organization.id)
        #expect(try await store.organization(named: organization.name) != nil)
    }
}
