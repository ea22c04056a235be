/// The indicators one event may match, collected without duplicates and
/// without clearing a table between events (each event gets a new stamp).
///
/// Owned by the caller and reused from event to event, so looking up an
/// event allocates nothing once the set has grown to its working size.
public struct CandidateSet: Sendable {
    var stamps: [UInt32] = []
    var stamp: UInt32 = 0
    /// The candidates' positions in the index, in the order they were found.
    public private(set) var members: [Int32] = []

    /// Creates an empty set.
    public init() {}

    /// Empties the set for an index of `count` indicators.
    mutating func reset(count: Int) {
        if stamps.count != count { stamps = Array(repeating: 0, count: count) }
        stamp &+= 1
        if stamp == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
        members.removeAll(keepingCapacity: true)
    }

    mutating func insert(_ indicator: Int32) {
        let index = Int(indicator)
        guard stamps[index] != stamp else { return }
        stamps[index] = stamp
        members.append(indicator)
    }

    /// Whether `indicator` was found for this event.
    func contains(_ indicator: Int32) -> Bool { stamps[Int(indicator)] == stamp }
}
