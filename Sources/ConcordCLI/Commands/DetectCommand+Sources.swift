import Concord
import Foundation
import STIX

extension DetectCommand {
    /// Reads the indicators from the file or the hub and compiles them.
    func loadCatalog() async throws(CLIFailure) -> IndicatorCatalog {
        var catalog = IndicatorCatalog()
        if let indicators {
            var malformed = 0
            switch try InputFile.reader(indicators) {
            case .failure(let error): throw .input("\(indicators): \(error)")
            case .success(var reader):
                var read = 0
                while let item = reader.next() {
                    switch item {
                    case .object(_, let value): catalog.consider(value)
                    case .malformed: malformed += 1
                    }
                    read += 1
                    if read % 10_000 == 0 { reader.releaseConsumedInput() }
                }
            }
            if malformed > 0 { FileHandle.standardError.write(Data("concord: \(indicators): \(malformed) unparsable objects skipped\n".utf8)) }
        } else if let hub, let collection {
            do {
                let id = try await hub.collectionID(named: collection)
                try await hub.forEachIndicator(collection: id, pageSize: max(1, pageSize)) { catalog.consider($0) }
            } catch {
                throw .input(error.message)
            }
        }
        catalog.compile()
        for (id, message) in catalog.invalidPatterns {
            FileHandle.standardError.write(Data("concord: \(id): invalid pattern: \(message)\n".utf8))
        }
        return catalog
    }

    /// Whose sightings these are: `--identity`, else the token's organization as the hub reports it
    /// (a hub without `concord/whoami/` leaves sightings unattributed).
    func sightingSource(_ hub: HubClient) async -> String? {
        if let identity { return identity }
        do {
            return try await hub.ownIdentity()
        } catch {
            FileHandle.standardError.write(Data("concord: sightings are published without where_sighted_refs: \(error.message)\n".utf8))
            return nil
        }
    }

    /// Posts the aggregated sightings; returns how many objects the hub refused.
    func publishSightings(_ aggregator: SightingAggregator) async throws(CLIFailure) -> Int {
        guard let hub, let target = publishCollection ?? collection else { return 0 }
        let source = await sightingSource(hub)
        let objects = aggregator.all.flatMap { $0.stixObjects(identity: source) }
        var stored = 0
        var refused = 0
        do {
            let id = try await hub.collectionID(named: target)
            for start in stride(from: 0, to: objects.count, by: 500) {
                let status = try await hub.add(Array(objects[start..<min(start + 500, objects.count)]), collection: id)
                stored += Int(status["success_count"]?.numberValue?.integer ?? 0)
                for failure in status["failures"]?.arrayValue?.compactMap(\.objectValue) ?? [] {
                    refused += 1
                    let object = failure["id"]?.stringValue ?? "?"
                    FileHandle.standardError.write(Data("concord: the hub refused \(object): \(failure["message"]?.stringValue ?? "")\n".utf8))
                }
            }
        } catch {
            throw .input("publishing sightings: \(error.message)")
        }
        let sightings = aggregator.all.count
        FileHandle.standardError.write(Data("published \(sightings) sightings (\(objects.count) objects: \(stored) stored, \(refused) refused) to collection \(target)\n".utf8))
        return refused
    }
}
