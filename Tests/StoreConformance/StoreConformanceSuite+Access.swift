import ConcordStore
import Foundation
import Testing

/// A small community for access checks: a publisher, a grantee, a TLP:RED
/// recipient (also a grantee), a member without grants, and an anonymous reader.
struct AccessFixture {
    let store: any Store
    let publisher: Organization, grantee: Organization, recipient: Organization, outsider: Organization
    let collection: Collection, publicCollection: Collection

    init(factory: any StoreFactory) async throws {
        store = try await factory.makeStore().store
        publisher = StoreConformanceSuite.makeOrganization("publisher")
        grantee = StoreConformanceSuite.makeOrganization("grantee")
        recipient = StoreConformanceSuite.makeOrganization("recipient")
        outsider = StoreConformanceSuite.makeOrganization("outsider")
        for organization in [publisher, grantee, recipient, outsider] { try await store.createOrganization(organization) }
        collection = StoreConformanceSuite.makeCollection("private")
        var open = StoreConformanceSuite.makeCollection("public")
        open.isPublic = true
        publicCollection = open
        for target in [collection, publicCollection] {
            try await store.createCollection(target, grants: [
                Grant(collectionID: target.id, organizationID: publisher.id, canRead: true, canWrite: true),
                Grant(collectionID: target.id, organizationID: grantee.id, canRead: true, canWrite: false),
                Grant(collectionID: target.id, organizationID: recipient.id, canRead: true, canWrite: false),
            ])
        }
    }

    func reader(_ organization: Organization?, usesGrants: Bool = true) -> Reader {
        guard let organization else { return .anonymous }
        return Reader(organizationID: organization.id, identityID: organization.identityID, usesGrants: usesGrants)
    }

    /// One object per TLP level in `target`, contributed by the publisher; RED names the recipient.
    func addOnePerLevel(to target: Collection) async throws {
        let versions = TLPLevel.allCases.enumerated().map { index, level in
            StoreConformanceSuite.makeVersion(
                collection: target, organization: publisher, id: "note--00000000-0000-4000-8000-00000000000\(index)",
                modified: "2024-01-01T00:00:00Z", body: level.rawValue, tlp: level,
                recipients: level == .red ? [recipient.identityID] : [])
        }
        _ = try await store.addObjectVersions(versions)
    }

    func visibleLevels(in target: Collection, to reader: Reader) async throws -> Set<TLPLevel> {
        let page = try await store.objectVersions(collectionID: target.id, reader: reader, filter: ObjectFilter(versions: .all), after: nil, limit: 100)
        return Set(page.versions.map(\.marking.tlp))
    }
}

extension StoreConformanceSuite {
    func accessTable() async throws {
        let fixture = try await AccessFixture(factory: factory)
        try await fixture.addOnePerLevel(to: fixture.collection)
        let all = Set(TLPLevel.allCases)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.publisher)) == all)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.grantee)) == all.subtracting([.red]))
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.recipient)) == all)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.outsider)).isEmpty)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: .anonymous).isEmpty)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.publisher, usesGrants: false)).isEmpty)
        #expect(try await fixture.store.access(collectionID: fixture.collection.id, reader: fixture.reader(fixture.outsider)) == nil)
        #expect(try await fixture.store.access(collectionID: UUID(), reader: fixture.reader(fixture.publisher)) == nil)
        #expect(try await fixture.store.access(collectionID: fixture.collection.id, reader: fixture.reader(fixture.grantee))
                == CollectionAccess(canRead: true, canWrite: false))
    }

    func publicCollections() async throws {
        let fixture = try await AccessFixture(factory: factory)
        try await fixture.addOnePerLevel(to: fixture.publicCollection)
        #expect(try await fixture.visibleLevels(in: fixture.publicCollection, to: .anonymous) == [.clear])
        #expect(try await fixture.visibleLevels(in: fixture.publicCollection, to: fixture.reader(fixture.outsider)) == [.clear])
        #expect(try await fixture.store.access(collectionID: fixture.publicCollection.id, reader: .anonymous)
                == CollectionAccess(canRead: true, canWrite: false))
        let listed = try await fixture.store.accessibleCollections(reader: .anonymous).map(\.0.id)
        #expect(listed == [fixture.publicCollection.id])
        let granteeListed = try await fixture.store.accessibleCollections(reader: fixture.reader(fixture.grantee)).map(\.0.id)
        #expect(Set(granteeListed) == [fixture.collection.id, fixture.publicCollection.id])
    }

    func versionSelection() async throws {
        let fixture = try await AccessFixture(factory: factory)
        let id = "indicator--6a9c7c1e-2b8f-4a44-9d3e-0d7c9f7a1b22"
        let modified = ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z", "2024-02-01T00:00:00.000Z"]
        let versions = modified.enumerated().map { n, stamp in
            StoreConformanceSuite.makeVersion(collection: fixture.collection, organization: fixture.publisher, id: id, modified: stamp,
                                              body: "v\(n)", tlp: n == 2 ? .red : .green)
        }
        _ = try await fixture.store.addObjectVersions(versions)
        func select(_ selection: VersionSelection, as organization: Organization) async throws -> [String] {
            let page = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: fixture.reader(organization),
                                                              filter: ObjectFilter(versions: selection), after: nil, limit: 10)
            return page.versions.map(\.version)
        }
        #expect(try await select(.last, as: fixture.publisher) == [modified[2]])
        #expect(try await select(.last, as: fixture.grantee) == [modified[1]], "last is the latest version the reader may see")
        #expect(try await select(VersionSelection(first: true), as: fixture.grantee) == [modified[0]])
        #expect(try await select(.all, as: fixture.publisher) == modified)
        #expect(try await select(VersionSelection(first: true, last: true), as: fixture.publisher) == [modified[0], modified[2]])
        let key = VersionKey.make("2024-01-01T00:00:00.500Z")
        #expect(try await select(VersionSelection(versionKeys: [key]), as: fixture.grantee) == [modified[1]])
    }

    func filtersAndPages() async throws {
        let fixture = try await AccessFixture(factory: factory)
        let versions = (0..<25).map { n in
            StoreConformanceSuite.makeVersion(collection: fixture.collection, organization: fixture.publisher,
                                              id: (n % 2 == 0 ? "malware" : "tool") + String(format: "--00000000-0000-4000-8000-%012d", n),
                                              modified: "2024-01-01T00:00:00Z", body: "\(n)")
        }
        _ = try await fixture.store.addObjectVersions(Array(versions.prefix(10)))
        let cut = Date()
        try await Task.sleep(for: .milliseconds(5))
        _ = try await fixture.store.addObjectVersions(Array(versions.dropFirst(10)))
        let reader = fixture.reader(fixture.grantee)
        var seen: [String] = []
        var position: Date?
        var pages: [Bool] = []
        repeat {
            let page = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: reader, filter: ObjectFilter(), after: position, limit: 10)
            seen += page.versions.map(\.objectID)
            position = page.versions.last?.dateAdded
            pages.append(page.more)
        } while pages.last == true
        #expect(pages == [true, true, false])
        #expect(seen == versions.map(\.objectID))
        let tools = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: reader, filter: ObjectFilter(types: ["tool"]), after: nil, limit: 100)
        #expect(tools.versions.count == 12)
        let later = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: reader, filter: ObjectFilter(addedAfter: cut), after: nil, limit: 100)
        #expect(later.versions.count == 15)
        let two = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: reader,
                                                         filter: ObjectFilter(ids: [versions[3].objectID, versions[20].objectID]), after: nil, limit: 100)
        #expect(two.versions.map(\.objectID) == [versions[3].objectID, versions[20].objectID])
        let spec = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: reader, filter: ObjectFilter(specVersions: ["2.0"]), after: nil, limit: 100)
        #expect(spec.versions.isEmpty)
    }

    func deletion() async throws {
        let fixture = try await AccessFixture(factory: factory)
        try await fixture.addOnePerLevel(to: fixture.collection)
        let red = try await fixture.store.objectVersions(collectionID: fixture.collection.id, reader: fixture.reader(fixture.publisher),
                                                         filter: ObjectFilter(versions: .all), after: nil, limit: 10).versions.first { $0.marking.tlp == .red }
        let redID = try #require(red?.objectID)
        let byGrantee = try await fixture.store.deleteObjectVersions(collectionID: fixture.collection.id, objectID: redID,
                                                                     reader: fixture.reader(fixture.grantee), filter: ObjectFilter(versions: .all), contributorID: nil)
        #expect(byGrantee == 0, "a version the reader cannot see cannot be deleted by it")
        let wrongContributor = try await fixture.store.deleteObjectVersions(collectionID: fixture.collection.id, objectID: redID,
                                                                            reader: fixture.reader(fixture.recipient), filter: ObjectFilter(versions: .all),
                                                                            contributorID: fixture.recipient.id)
        #expect(wrongContributor == 0)
        let deleted = try await fixture.store.deleteObjectVersions(collectionID: fixture.collection.id, objectID: redID,
                                                                   reader: fixture.reader(fixture.publisher), filter: ObjectFilter(versions: .all),
                                                                   contributorID: fixture.publisher.id)
        #expect(deleted == 1)
        #expect(try await fixture.visibleLevels(in: fixture.collection, to: fixture.reader(fixture.recipient)) == Set(TLPLevel.allCases).subtracting([.red]))
    }

    func cursorsAndStatuses() async throws {
        let fixture = try await AccessFixture(factory: factory)
        let cursor = PageCursor(id: "c1", organizationID: fixture.grantee.id, collectionID: fixture.collection.id, listing: .manifest,
                                filter: ObjectFilter(types: ["tool"], versions: .all), limit: 7, position: Date(timeIntervalSince1970: 1_700_000_000.25),
                                createdAt: Date(timeIntervalSince1970: 1_700_000_001))
        try await fixture.store.saveCursor(cursor)
        #expect(try await fixture.store.cursor(id: "c1") == cursor)
        #expect(try await fixture.store.cursor(id: "c2") == nil)
        var fresh = cursor
        fresh.id = "c3"
        fresh.createdAt = cursor.createdAt.addingTimeInterval(2 * 86_400)
        try await fixture.store.saveCursor(fresh)
        #expect(try await fixture.store.cursor(id: "c1") == nil, "cursors older than a day are cleared")
        #expect(try await fixture.store.cursor(id: "c3") == fresh)
        try await fixture.store.saveStatus(id: "s1", organizationID: fixture.grantee.id, body: Array("{}".utf8), createdAt: Date())
        #expect(try await fixture.store.status(id: "s1", organizationID: fixture.grantee.id) == Array("{}".utf8))
        #expect(try await fixture.store.status(id: "s1", organizationID: fixture.outsider.id) == nil)
    }
}
