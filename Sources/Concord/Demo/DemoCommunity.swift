import ConcordStore
public import Foundation
import STIX

/// A deterministic demo community for `concord serve --demo`: a city CERT, a
/// water utility, a transit operator, a hospital and a power-grid operator,
/// with collections, grants and a few hundred STIX 2.1 objects at every TLP
/// level (indicators with real-looking patterns, malware, threat actors,
/// campaigns, attack patterns, relationships and sightings).
///
/// Seeding is idempotent: a node that already has the demo organizations is
/// left as it is. Object ids and timestamps depend only on the content, so two
/// demo hubs hold the same objects.
public struct DemoCommunity: Sendable {
    /// The demo organizations, in the order their tokens are printed.
    public static let organizations = ["city-cert", "water-utility", "transit-operator", "hospital", "power-grid"]

    let administration: Administration

    /// Creates the seeder for a node.
    public init(administration: Administration) {
        self.administration = administration
    }

    /// What seeding did.
    public struct Summary: Sendable {
        /// Whether the community was created now (false when it existed).
        public var created: Bool
        /// Objects stored now.
        public var objects: Int
        /// A fresh publisher token per demo organization, by name.
        public var tokens: [(organization: String, token: String)]
    }

    /// Creates the community if it is not there yet and issues a publisher token per organization.
    public func seed(now: Date = Date()) async throws -> Summary {
        let existing = Set(try await administration.organizations().map(\.name))
        var objects = 0
        let created = !existing.contains("city-cert")
        if created {
            for name in Self.organizations where !existing.contains(name) {
                _ = try await administration.createOrganization(named: name, now: now)
            }
            objects = try await seedCollections(now: now)
        }
        var tokens: [(String, String)] = []
        for name in Self.organizations {
            tokens.append((name, try await administration.issueToken(organizationName: name, role: .publisher, now: now).secret))
        }
        return Summary(created: created, objects: objects, tokens: tokens)
    }

    /// The demo collections: who reads, who writes, default TLP, and which objects.
    func seedCollections(now: Date) async throws -> Int {
        let everyone = Self.organizations
        let plans: [(Administration.CollectionRequest, DemoFeed.Theme)] = [
            (.init(title: "Regional threat feed", description: "Indicators shared by every member of the city's community.",
                   defaultTLP: .green, readers: everyone, writers: ["city-cert", "water-utility", "power-grid", "transit-operator"]), .regional),
            (.init(title: "Water sector", description: "Threats to water treatment and distribution.",
                   defaultTLP: .amber, readers: ["city-cert", "hospital"], writers: ["water-utility"]), .water),
            (.init(title: "Incident coordination", description: "Active incidents handled by the city CERT.",
                   defaultTLP: .amberStrict, readers: everyone, writers: ["city-cert"]), .incidents),
            (.init(title: "Public advisories", description: "Advisories anyone may read.",
                   defaultTLP: .clear, isPublic: true, writers: ["city-cert"]), .advisories),
        ]
        var stored = 0
        for (request, theme) in plans {
            let collection = try await administration.createCollection(request, now: now)
            stored += try await store(DemoFeed(theme: theme).objects(organizations: try await identities()), in: collection, theme: theme)
        }
        return stored
    }

    func identities() async throws -> [String: Organization] {
        Dictionary(uniqueKeysWithValues: try await administration.organizations().map { ($0.name, $0) })
    }

    /// Stores each demo object as contributed by the organization that created it.
    func store(_ objects: [(contributor: String, object: JSONValue)], in collection: Collection, theme: DemoFeed.Theme) async throws -> Int {
        let organizations = try await identities()
        var stored = 0
        for (name, batch) in Dictionary(grouping: objects, by: \.contributor) {
            guard let contributor = organizations[name] else { continue }
            let ingestor = Ingestor(store: administration.store, collection: collection, contributor: contributor)
            stored += try await ingestor.ingest(batch.map(\.object)).filter(\.isAccepted).count
        }
        return stored
    }
}
