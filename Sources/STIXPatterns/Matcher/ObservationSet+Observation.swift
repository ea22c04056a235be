import STIX

extension ObservationSet {
    static func observation(_ data: JSONObject, pool: ObjectPool) throws(PatternMatchError) -> Observation {
        let fields = ObservedDataFields(data)
        let (first, last, count) = try timing(fields)
        let id = fields.id
        if let refs = fields.objectRefs {
            guard case .array(let list) = refs else {
                throw PatternMatchError(.invalidObservation, "object_refs is not a list")
            }
            var members = [data]
            members.reserveCapacity(list.count + 1)
            for ref in list {
                if case .string(let key) = ref, let object = pool.object(withID: key) { members.append(object) }
            }
            return Observation(id: id, roots: try roots(members), references: .byID(members),
                               first: first, last: last, count: count, isV21: true)
        }
        guard case .object(let embedded)? = fields.objects else {
            throw PatternMatchError(.invalidObservation, "observed-data has neither object_refs nor embedded objects")
        }
        let roots = embedded.members.compactMap { member in member.value.objectValue.map { Root(key: member.key, object: $0) } }
        return Observation(id: id, roots: roots, references: .byKey(embedded),
                           first: first, last: last, count: count, isV21: false)
    }

    /// Members keyed by id: a repeated id keeps its first place and its last object.
    static func roots(_ members: [JSONObject]) throws(PatternMatchError) -> [Root] {
        var result: [Root] = []
        result.reserveCapacity(members.count)
        var positions: [CodePointKey: Int]?
        for member in members {
            guard let idValue = member.value(named: "id") else { throw PatternMatchError(.invalidObservation, "an object has no id") }
            guard case .string(let id) = idValue else { continue }
            if let position = positions.map({ $0[CodePointKey(id)] }) ?? result.firstIndex(where: { Normalization.codePointsEqual($0.key, id) }) {
                result[position].object = member
                continue
            }
            result.append(Root(key: id, object: member))
            if positions != nil {
                positions?[CodePointKey(id)] = result.count - 1
            } else if result.count > ObjectPool.linearLimit {
                positions = Dictionary(uniqueKeysWithValues: result.enumerated().map { (CodePointKey($1.key), $0) })
            }
        }
        return result
    }

    static func timing(_ fields: ObservedDataFields) throws(PatternMatchError) -> (PatternTimestamp, PatternTimestamp, Int) {
        guard let count = fields.numberObserved, let firstValue = fields.firstObserved,
              let lastValue = fields.lastObserved else {
            throw PatternMatchError(.invalidObservation,
                                    "observed-data must have number_observed, first_observed and last_observed")
        }
        guard let number = count.numberValue?.integer, count.boolValue == nil, number >= 1, number <= 1_000_000 else {
            throw PatternMatchError(.invalidObservation, "number_observed must be an integer of at least 1")
        }
        guard let first = firstValue, let last = lastValue else {
            throw PatternMatchError(.invalidObservation, "first_observed or last_observed is not a valid timestamp")
        }
        return (first, last, Int(number))
    }
}

/// The members of an observed-data object the matcher reads, found in one
/// pass; timestamps are parsed where they lie (nil inside: present but invalid).
struct ObservedDataFields {
    var id: String?
    var numberObserved: JSONValue?
    var firstObserved: PatternTimestamp??
    var lastObserved: PatternTimestamp??
    var objectRefs: JSONValue?
    var objects: JSONValue?

    init(_ data: JSONObject) {
        data.members.withUnsafeBufferPointer { members in
            for index in members.indices {
                // Keys are read in place (binding one would retain it).
                switch members[index].key.utf8.count {
                case 2 where Normalization.codePointsEqual(members[index].key, "id"):
                    if case .string(let text) = members[index].value { id = text }
                case 7 where Normalization.codePointsEqual(members[index].key, "objects"): objects = members[index].value
                case 11 where Normalization.codePointsEqual(members[index].key, "object_refs"): objectRefs = members[index].value
                case 13 where Normalization.codePointsEqual(members[index].key, "last_observed"):
                    lastObserved = .some(ObservedDataFields.timestamp(members[index].value))
                case 14 where Normalization.codePointsEqual(members[index].key, "first_observed"):
                    firstObserved = .some(ObservedDataFields.timestamp(members[index].value))
                case 15 where Normalization.codePointsEqual(members[index].key, "number_observed"):
                    numberObserved = members[index].value
                default: break
                }
            }
        }
    }

    private static func timestamp(_ value: JSONValue) -> PatternTimestamp? {
        guard case .string(let text) = value else { return nil }
        return PatternTimestamp(parsing: text)
    }
}
