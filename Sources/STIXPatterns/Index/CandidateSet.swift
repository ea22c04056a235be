/// The indicators one event may match, collected without duplicates and
/// without clearing a table between events (each event gets a new stamp).
///
/// Owned by the caller and reused from event to event, so looking up an
/// event allocates nothing once the set has grown to its working size.
public struct CandidateSet: Sendable {
    var stamps: [UInt32] = []
    var stamp: UInt32 = 0
    /// For each candidate, which of its pattern's observation expressions
    /// (bit n for the n-th `[ … ]`) the event met a prerequisite of.
    var leafMasks: [UInt64] = []
    /// The candidates' positions in the index, in the order they were found.
    public private(set) var members: [Int32] = []

    /// Creates an empty set.
    public init() {}

    /// Empties the set for an index of `count` indicators.
    mutating func reset(count: Int) {
        if stamps.count != count {
            stamps = Array(repeating: 0, count: count)
            leafMasks = Array(repeating: 0, count: count)
        }
        stamp &+= 1
        if stamp == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
        members.removeAll(keepingCapacity: true)
    }

    /// Adds a posting: an indicator position and a leaf number (``IndicatorIndex/posting(_:leaf:)``).
    mutating func insert(posting: Int32) {
        let index = Int(posting >> IndicatorIndex.leafBits)
        let bit = UInt64(1) << UInt64(posting & IndicatorIndex.leafMask)
        guard stamps[index] != stamp else {
            leafMasks[index] |= bit
            return
        }
        stamps[index] = stamp
        leafMasks[index] = bit
        members.append(Int32(index))
    }

    /// Adds an indicator as meeting every leaf (one without prerequisites).
    mutating func insertAll(_ indicator: Int32) {
        let index = Int(indicator)
        if stamps[index] != stamp { members.append(indicator) }
        stamps[index] = stamp
        leafMasks[index] = .max
    }

    /// The leaves of `indicator` whose prerequisites this event met.
    func leaves(of indicator: Int32) -> UInt64 { leafMasks[Int(indicator)] }

    /// Whether the posting's indicator was found for this event with that leaf.
    func contains(posting: Int32) -> Bool {
        let index = Int(posting >> IndicatorIndex.leafBits)
        return stamps[index] == stamp && leafMasks[index] & (UInt64(1) << UInt64(posting & IndicatorIndex.leafMask)) != 0
    }
}
