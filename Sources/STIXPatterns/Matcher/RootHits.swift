/// Which root objects satisfy a comparison expression: (observation, root)
/// pairs in ascending order, without duplicates.
///
/// A test's hits come out of its scan already sorted (observations in order,
/// roots in order within each), `AND` and `OR` merge two sorted lists, and a
/// comparison nothing satisfies (the usual case in detection) is an empty
/// array, which allocates nothing.
struct RootHit: Sendable, Hashable, Comparable {
    var observation: Int32
    var root: Int32

    static func < (lhs: RootHit, rhs: RootHit) -> Bool {
        (lhs.observation, lhs.root) < (rhs.observation, rhs.root)
    }
}

enum RootHits {
    /// The hits in both sorted lists (`AND`: the same root satisfies both sides).
    static func intersection(_ lhs: [RootHit], _ rhs: [RootHit]) -> [RootHit] {
        guard !lhs.isEmpty, !rhs.isEmpty else { return [] }
        var result: [RootHit] = []
        var i = 0, j = 0
        while i < lhs.count && j < rhs.count {
            if lhs[i] < rhs[j] { i += 1 } else if rhs[j] < lhs[i] { j += 1 } else {
                result.append(lhs[i]); i += 1; j += 1
            }
        }
        return result
    }

    /// The hits in either sorted list (`OR`).
    static func union(_ lhs: [RootHit], _ rhs: [RootHit]) -> [RootHit] {
        if lhs.isEmpty { return rhs }
        if rhs.isEmpty { return lhs }
        var result: [RootHit] = []
        result.reserveCapacity(lhs.count + rhs.count)
        var i = 0, j = 0
        while i < lhs.count || j < rhs.count {
            if j == rhs.count || (i < lhs.count && lhs[i] < rhs[j]) {
                result.append(lhs[i]); i += 1
            } else if i == lhs.count || rhs[j] < lhs[i] {
                result.append(rhs[j]); j += 1
            } else {
                result.append(lhs[i]); i += 1; j += 1
            }
        }
        return result
    }

    /// The distinct observations of sorted hits, ascending.
    static func observations(_ hits: [RootHit]) -> [Int] {
        var result: [Int] = []
        for hit in hits where result.last != Int(hit.observation) { result.append(Int(hit.observation)) }
        return result
    }
}
