import STIX

extension ObservationSet {
    mutating func observation(_ data: Int32, pool: ObjectPool) throws(PatternMatchError) -> Observation {
        let object = objects[Int(data)].object
        let fields = ObservedDataFields(object)
        let (first, last, count) = try ObservationSet.timing(fields)
        if let refs = fields.objectRefs {
            guard case .array(let list) = object.members[refs].value else {
                throw PatternMatchError(.invalidObservation, "object_refs is not a list")
            }
            let (members, roots) = try ObservationSet.addMembersAndRoots(data, list, objects, pool, &indexes)
            return Observation(data: data, members: members, roots: roots, first: first, last: last, count: count, embedded: nil)
        }
        guard let objectsIndex = fields.objects, case .object(let embedded) = object.members[objectsIndex].value else {
            throw PatternMatchError(.invalidObservation, "observed-data has neither object_refs nor embedded objects")
        }
        let rootStart = Int32(indexes.count)
        for member in embedded.members {
            guard case .object(let object) = member.value else { continue }
            indexes.append(Int32(objects.count))
            objects.append(Stored(object: object, idPosition: IDPosition.missing, isObservedData: false))
        }
        return Observation(data: data, members: 0..<0, roots: rootStart..<Int32(indexes.count),
                           first: first, last: last, count: count, embedded: embedded)
    }

    /// Appends a 2.1 observation's members (the observed-data object, then
    /// each ref that names a pooled SCO, in order, duplicates kept) and its
    /// roots to `indexes`. Static, with the objects passed in, so the loops
    /// read them without copying the set.
    private static func addMembersAndRoots(_ data: Int32, _ refs: [JSONValue], _ objects: [Stored], _ pool: ObjectPool,
                                           _ indexes: inout [Int32]) throws(PatternMatchError) -> (Range<Int32>, Range<Int32>) {
        let memberStart = Int32(indexes.count)
        indexes.append(data)
        for position in refs.indices {
            guard case .string(let key) = refs[position], let index = pool.index(ofID: key, in: objects) else { continue }
            indexes.append(index)
        }
        let members = memberStart..<Int32(indexes.count)
        return (members, try addRoots(members, objects, &indexes))
    }

    /// The members keyed by id, as roots: a repeated id keeps its first place
    /// and its last object; members without an id are an error, members with
    /// a non-string id are left out.
    private static func addRoots(_ members: Range<Int32>, _ objects: [Stored],
                                 _ indexes: inout [Int32]) throws(PatternMatchError) -> Range<Int32> {
        let start = indexes.count
        var table: [CodePointKey: Int]?
        for position in members {
            let member = indexes[Int(position)]
            switch objects[Int(member)].idPosition {
            case IDPosition.missing: throw PatternMatchError(.invalidObservation, "an object has no id")
            case IDPosition.notString: continue
            default: break
            }
            var earlier: Int?
            if let table {
                earlier = table[CodePointKey(stringID(objects, member) ?? "")]
            } else {
                for index in start..<indexes.count where sameID(objects, indexes[index], member) {
                    earlier = index
                    break
                }
            }
            if let earlier {
                indexes[earlier] = member
                continue
            }
            indexes.append(member)
            if table != nil {
                table?[CodePointKey(stringID(objects, member) ?? "")] = indexes.count - 1
            } else if indexes.count - start > ObjectPool.linearLimit {
                var built: [CodePointKey: Int] = [:]
                for index in start..<indexes.count { built[CodePointKey(stringID(objects, indexes[index]) ?? "")] = index }
                table = built
            }
        }
        return Int32(start)..<Int32(indexes.count)
    }

    static func timing(_ fields: ObservedDataFields) throws(PatternMatchError) -> (PatternTimestamp, PatternTimestamp, Int) {
        guard let count = fields.numberObserved, let firstValue = fields.firstObserved,
              let lastValue = fields.lastObserved else {
            throw PatternMatchError(.invalidObservation,
                                    "observed-data must have number_observed, first_observed and last_observed")
        }
        guard let number = count, number >= 1, number <= 1_000_000 else {
            throw PatternMatchError(.invalidObservation, "number_observed must be an integer of at least 1")
        }
        guard let first = firstValue, let last = lastValue else {
            throw PatternMatchError(.invalidObservation, "first_observed or last_observed is not a valid timestamp")
        }
        return (first, last, Int(number))
    }
}

/// The members of an observed-data object the matcher reads, found in one
/// pass and read where they lie (lists by member index): the outer optional says whether a member is
/// there, the inner one whether it is usable (an integer `number_observed`, a
/// valid timestamp).
struct ObservedDataFields {
    var numberObserved: Int64??
    var firstObserved: PatternTimestamp??
    var lastObserved: PatternTimestamp??
    /// The member index of `object_refs`.
    var objectRefs: Int?
    /// The member index of `objects` (2.0 embedded objects).
    var objects: Int?

    init(_ data: JSONObject) {
        let members = data.members
        for index in members.indices {
            // Keys are read in place (binding one would retain it).
            switch members[index].key.utf8.count {
            case 7 where Normalization.codePointsEqual(members[index].key, "objects"): objects = index
            case 11 where Normalization.codePointsEqual(members[index].key, "object_refs"): objectRefs = index
            case 13 where Normalization.codePointsEqual(members[index].key, "last_observed"):
                lastObserved = .some(ObservedDataFields.timestamp(members[index].value))
            case 14 where Normalization.codePointsEqual(members[index].key, "first_observed"):
                firstObserved = .some(ObservedDataFields.timestamp(members[index].value))
            case 15 where Normalization.codePointsEqual(members[index].key, "number_observed"):
                numberObserved = .some(ObservedDataFields.integer(members[index].value))
            default: break
            }
        }
    }

    private static func integer(_ value: JSONValue) -> Int64? {
        guard case .number(let number) = value else { return nil }
        return number.integer
    }

    private static func timestamp(_ value: JSONValue) -> PatternTimestamp? {
        guard case .string(let text) = value else { return nil }
        return PatternTimestamp(parsing: text)
    }
}
