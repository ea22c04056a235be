public import STIX

/// The observations a pattern is matched against, prepared once: each
/// observed-data object with its time interval, its count and its SCOs.
///
/// STIX 2.1 input is a flat list of objects (observed-data objects with
/// `object_refs`, and the SCOs they reference), as in a bundle. Like the
/// reference, every object that is not observed-data is an SCO candidate
/// keyed by `id` (the last one with an id wins), an observed-data object sees
/// only the SCOs its `object_refs` name, and SDO types never match. An
/// observed-data object without `object_refs` but with a 2.0-style embedded
/// `objects` dictionary is accepted too; its objects are keyed by their
/// dictionary keys.
///
/// Preparing runs once per match in a detection loop, so it copies each input
/// object once into ``objects`` and otherwise keeps only indexes: observations
/// name their references and roots by position, and ids are compared where
/// they lie instead of being copied into keys.
public struct ObservationSet: Sendable {
    /// One observed-data object, ready for matching.
    struct Observation: Sendable {
        /// Index in ``ObservationSet/objects`` of the observed-data object itself.
        var data: Int32
        /// Positions in ``ObservationSet/indexes`` of the objects references
        /// resolve against (2.1: the observed-data object, then each resolved
        /// ref in order, duplicates kept).
        var members: Range<Int32>
        /// Positions in ``ObservationSet/indexes`` of the objects a pattern's
        /// object type can select, in order.
        var roots: Range<Int32>
        var first: PatternTimestamp
        var last: PatternTimestamp
        var count: Int
        /// The 2.0 embedded `objects` dictionary (references resolve by key,
        /// roots are keyed by their dictionary keys); nil for 2.1 input.
        var embedded: JSONObject?

        /// Whether SDO types are excluded (2.1 input) or not (2.0 embedded).
        var isV21: Bool { embedded == nil }
    }

    /// An input object kept for matching, with where its `id` is.
    struct Stored: Sendable {
        var object: JSONObject
        /// ``IDPosition/missing``, ``IDPosition/notString``, or the member index of a string id.
        var idPosition: Int32
        var isObservedData: Bool
    }

    /// The input objects used: observed-data and SCOs with a string id (in
    /// input order, ``scoEnd`` of them), then 2.0 embedded objects.
    var objects: [Stored] = []
    /// How many of ``objects`` come from the input itself.
    var scoEnd = 0
    /// Positions of objects: each observation's members and roots are ranges of it.
    var indexes: [Int32] = []
    var observations: [Observation] = []

    /// Prepares `objects`; throws when they are shaped in a way the reference rejects.
    public init(_ input: [JSONValue]) throws(PatternMatchError) {
        objects.reserveCapacity(input.count)
        // Elements are passed by index, not bound by a for-in loop (which would copy each).
        for index in input.indices { try add(input[index], openingBundles: true) }
        scoEnd = objects.count
        let pool = ObjectPool(objects, end: scoEnd)
        indexes.reserveCapacity(objects.count * 3)
        for data in 0..<scoEnd where objects[data].isObservedData {
            observations.append(try observation(Int32(data), pool: pool))
        }
    }

    /// Files one input object as observed-data or as an SCO candidate keyed
    /// by `id` (SCOs without a string id are left out: nothing can name them).
    /// Bundles at the top level contribute their `objects` instead.
    private mutating func add(_ value: JSONValue, openingBundles: Bool = false) throws(PatternMatchError) {
        guard case .object(let object) = value else { throw ObservationSet.notAnObject(value) }
        if openingBundles, let inner = ObservationSet.bundleMembers(object) {
            for member in inner.indices { try add(inner[member]) }
            return
        }
        guard let (isObservedData, id) = try ObservationSet.classify(object) else { return }
        objects.append(Stored(object: object, idPosition: id, isObservedData: isObservedData))
    }

    /// The error for an input value that is not an object.
    static func notAnObject(_ value: JSONValue) -> PatternMatchError {
        PatternMatchError(.invalidObservation, "observation input contains a \(value.typeName), not an object")
    }

    /// The `objects` of a bundle, or nil when `object` is not a bundle with an `objects` list.
    @inline(__always)
    static func bundleMembers(_ object: JSONObject) -> [JSONValue]? {
        guard object.has("type", equalTo: "bundle"), case .array(let inner)? = object.value(named: "objects") else { return nil }
        return inner
    }

    /// Whether an input object is observed-data and where its `id` is, or nil
    /// for an SCO left out (a non-string id); throws as the reference does
    /// for an object without a type and an SCO without an id.
    @inline(__always)
    static func classify(_ object: JSONObject) throws(PatternMatchError) -> (isObservedData: Bool, id: Int32)? {
        let (type, id) = typeAndID(object)
        guard let isObservedData = type else { throw PatternMatchError(.invalidObservation, "an object has no type") }
        if !isObservedData {
            guard id != IDPosition.missing else { throw PatternMatchError(.invalidObservation, "an SCO has no id") }
            guard id != IDPosition.notString else { return nil }
        }
        return (isObservedData, id)
    }

    /// One pass over the members: whether `type` is "observed-data" (nil when
    /// there is no `type`), and where the `id` is (see ``IDPosition``).
    static func typeAndID(_ object: JSONObject) -> (isObservedData: Bool?, id: Int32) {
        var type: Bool?
        var id = IDPosition.missing
        let members = object.members
        for index in members.indices {
            let length = members[index].key.utf8.count
            if length == 4, type == nil, Normalization.codePointsEqual(members[index].key, "type") {
                type = if case .string(let name) = members[index].value {
                    Normalization.codePointsEqual(name, "observed-data")
                } else { false }
            } else if length == 2, Normalization.codePointsEqual(members[index].key, "id") {
                id = if case .string = members[index].value { Int32(index) } else { IDPosition.notString }
            }
            // Keys are unique: once both are found, nothing further can change them.
            if type != nil, id != IDPosition.missing { break }
        }
        return (type, id)
    }

    /// Where an object's `id` is, when it is not a member index.
    enum IDPosition {
        static let missing: Int32 = -1
        static let notString: Int32 = -2
    }

    /// Whether object `index` has a string `id` equal to `text`, by code point.
    @inline(__always)
    static func hasID(_ objects: [Stored], _ index: Int32, _ text: String) -> Bool {
        let position = objects[Int(index)].idPosition
        guard position >= 0, case .string(let id) = objects[Int(index)].object.members[Int(position)].value else { return false }
        return Normalization.codePointsEqual(id, text)
    }

    /// Whether objects `lhs` and `rhs` have equal string ids.
    @inline(__always)
    static func sameID(_ objects: [Stored], _ lhs: Int32, _ rhs: Int32) -> Bool {
        let position = objects[Int(rhs)].idPosition
        guard position >= 0, case .string(let id) = objects[Int(rhs)].object.members[Int(position)].value else { return false }
        return hasID(objects, lhs, id)
    }

    /// The string `id` of object `index`, if it has one.
    static func stringID(_ objects: [Stored], _ index: Int32) -> String? {
        let position = objects[Int(index)].idPosition
        guard position >= 0 else { return nil }
        return objects[Int(index)].object.members[Int(position)].value.stringValue
    }

    /// Whether object `index` has a string `id` equal to `text`, by code point.
    func hasID(_ index: Int32, _ text: String) -> Bool { ObservationSet.hasID(objects, index, text) }

    /// The string `id` of object `index`, if it has one.
    func stringID(_ index: Int32) -> String? { ObservationSet.stringID(objects, index) }

    /// The observed-data object's `id`, when it is a string.
    func id(of observation: Observation) -> String? {
        stringID(observation.data)
    }

    /// The root object at `position` (0-based) among the observation's roots.
    func root(_ position: Int, of observation: Observation) -> JSONObject {
        objects[Int(indexes[Int(observation.roots.lowerBound) + position])].object
    }

    /// The key of a root: its id (2.1) or its dictionary key (2.0).
    func rootKey(_ position: Int, of observation: Observation) -> String {
        if let embedded = observation.embedded { return embedded.members.filter { $0.value.objectValue != nil }[position].key }
        return stringID(indexes[Int(observation.roots.lowerBound) + position]) ?? ""
    }
}
