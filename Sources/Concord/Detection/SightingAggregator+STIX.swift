public import STIX
import STIXPatterns

extension SightingAggregator.Aggregate {
    /// The STIX objects that report this aggregate: a `sighting` of the
    /// indicator with `count`, `first_seen` and `last_seen`, the
    /// `observed-data` it points to, and the observables as evidence.
    ///
    /// Ids are UUIDv5 of the indicator, the window and the sighting
    /// organization, so publishing the same window again updates one sighting
    /// instead of adding another; `modified` is the last time seen, so the
    /// same events publish the same version.
    /// - Parameter identity: the sighting organization's identity, for
    ///   `where_sighted_refs` and `created_by_ref` (left out when unknown).
    public func stixObjects(identity: String?) -> [JSONValue] {
        let observables = SightingAggregator.Aggregate.stableObservables(objects + contextObjects)
        let key = "\(indicatorID)|\(windowStart.microseconds)|\(identity ?? "")"
        let created = JSONValue.string(windowStart.text)
        let modified = JSONValue.string(max(lastSeen, windowStart).text)
        let observedDataID = "observed-data--" + DeterministicID.uuid("observed-data|" + key, namespace: DeterministicID.detectionNamespace)
        var observedData: JSONObject = [
            "type": .string("observed-data"), "spec_version": .string("2.1"), "id": .string(observedDataID),
            "created": created, "modified": modified,
            "first_observed": .string(firstSeen.text), "last_observed": .string(lastSeen.text),
            "number_observed": .number(JSONNumber(Int64(min(count, 999_999_999)))),
            "object_refs": .array(observables.map { $0["id"] ?? .null }),
        ]
        var sighting: JSONObject = [
            "type": .string("sighting"), "spec_version": .string("2.1"),
            "id": .string("sighting--" + DeterministicID.uuid("sighting|" + key, namespace: DeterministicID.detectionNamespace)),
            "created": created, "modified": modified,
            "sighting_of_ref": .string(indicatorID), "count": .number(JSONNumber(Int64(min(count, 999_999_999)))),
            "first_seen": .string(firstSeen.text), "last_seen": .string(lastSeen.text),
            "observed_data_refs": .array([.string(observedDataID)]),
        ]
        if let identity {
            sighting["where_sighted_refs"] = .array([.string(identity)])
            sighting["created_by_ref"] = .string(identity)
            observedData["created_by_ref"] = .string(identity)
        }
        return observables.map(JSONValue.object) + [.object(observedData), .object(sighting)]
    }

    /// The observables with deterministic ids and references rewritten to
    /// them, referenced objects first, without duplicates.
    static func stableObservables(_ objects: [JSONObject]) -> [JSONObject] {
        var renamed: [String: String] = [:]
        var result: [JSONObject] = []
        func settle(_ object: JSONObject, depth: Int) {
            guard let local = object["id"]?.stringValue, renamed[local] == nil, depth < 5 else { return }
            var copy = object
            for member in object.members where member.key.hasSuffix("_ref") || member.key.hasSuffix("_refs") {
                let ids = (member.value.arrayValue ?? [member.value]).compactMap(\.stringValue)
                for target in objects where ids.contains(target["id"]?.stringValue ?? "") { settle(target, depth: depth + 1) }
                let mapped = ids.compactMap { renamed[$0] }.map(JSONValue.string)
                if member.key.hasSuffix("_refs") { copy[member.key] = mapped.isEmpty ? nil : .array(mapped) } else { copy[member.key] = mapped.first }
            }
            copy["id"] = nil
            copy["spec_version"] = .string("2.1")
            let stable = DeterministicID.observableID(copy)
            renamed[local] = stable
            copy["id"] = .string(stable)
            if !result.contains(where: { $0["id"] == copy["id"] }) { result.append(copy) }
        }
        for object in objects { settle(object, depth: 0) }
        return result
    }
}
