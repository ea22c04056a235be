import STIX

extension ObservationSet {
    static func observation(_ data: JSONObject, pool: [CodePointKey: JSONObject]) throws(PatternMatchError) -> Observation {
        let (first, last, count) = try timing(data)
        if let refs = data["object_refs"] {
            guard let list = refs.arrayValue else {
                throw PatternMatchError(.invalidObservation, "object_refs is not a list")
            }
            var members = [data]
            for ref in list {
                if let key = ref.stringValue, let object = pool[CodePointKey(key)] { members.append(object) }
            }
            return Observation(id: data["id"]?.stringValue, roots: try roots(members), references: .byID(members),
                               first: first, last: last, count: count, isV21: true)
        }
        guard let embedded = data["objects"]?.objectValue else {
            throw PatternMatchError(.invalidObservation, "observed-data has neither object_refs nor embedded objects")
        }
        let roots = embedded.members.compactMap { member in member.value.objectValue.map { (key: member.key, object: $0) } }
        return Observation(id: data["id"]?.stringValue, roots: roots, references: .byKey(embedded),
                           first: first, last: last, count: count, isV21: false)
    }

    /// Members keyed by id: a repeated id keeps its first place and its last object.
    static func roots(_ members: [JSONObject]) throws(PatternMatchError) -> [(key: String, object: JSONObject)] {
        var result: [(key: String, object: JSONObject)] = []
        var positions: [CodePointKey: Int] = [:]
        for member in members {
            guard let idValue = member["id"] else { throw PatternMatchError(.invalidObservation, "an object has no id") }
            guard let id = idValue.stringValue else { continue }
            if let position = positions[CodePointKey(id)] {
                result[position].object = member
            } else {
                positions[CodePointKey(id)] = result.count
                result.append((key: id, object: member))
            }
        }
        return result
    }

    static func timing(_ data: JSONObject) throws(PatternMatchError) -> (PatternTimestamp, PatternTimestamp, Int) {
        guard let count = data["number_observed"], let firstValue = data["first_observed"],
              let lastValue = data["last_observed"] else {
            throw PatternMatchError(.invalidObservation,
                                    "observed-data must have number_observed, first_observed and last_observed")
        }
        guard let number = count.numberValue?.integer, count.boolValue == nil, number >= 1, number <= 1_000_000 else {
            throw PatternMatchError(.invalidObservation, "number_observed must be an integer of at least 1")
        }
        guard let first = firstValue.stringValue.flatMap(PatternTimestamp.init(parsing:)),
              let last = lastValue.stringValue.flatMap(PatternTimestamp.init(parsing:)) else {
            throw PatternMatchError(.invalidObservation, "first_observed or last_observed is not a valid timestamp")
        }
        return (first, last, Int(number))
    }
}
