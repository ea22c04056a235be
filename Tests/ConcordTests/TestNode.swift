import Concord
import ConcordStore
import Foundation

/// A node in a fresh temporary data directory, with one organization and one collection.
struct TestNode {
    let node: ConcordNode
    let organization: Organization
    let collection: Collection

    init(defaultTLP: TLPLevel = .green) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-\(UUID().uuidString)")
        node = try ConcordNode.open(dataDirectory: directory)
        organization = try await node.administration.createOrganization(named: "water-utility")
        collection = try await node.administration.createCollection(
            .init(title: "IOCs", defaultTLP: defaultTLP, writers: ["water-utility"])
        )
    }
}
