/// One way of assigning observations to a pattern's observation expressions,
/// reduced to how many instances of each observation it uses.
///
/// The reference enumerates bindings of individual instances (an
/// observation with `number_observed: 3` is three interchangeable
/// instances). Every constraint (disjointness, timing) is blind to which
/// instance is used, so counting instances per observation decides exactly
/// the same question while collapsing the symmetric duplicates.
struct Binding: Sendable, Hashable {
    /// Observation indexes, ascending, each with its instance count.
    var counts: [(observation: Int32, count: Int32)]
    /// The latest `first_observed` among its observations.
    var latestFirst: Int64
    /// The earliest `last_observed` among its observations.
    var earliestLast: Int64

    static func == (lhs: Binding, rhs: Binding) -> Bool {
        lhs.counts.elementsEqual(rhs.counts) { $0.observation == $1.observation && $0.count == $1.count }
    }

    func hash(into hasher: inout Hasher) {
        for entry in counts {
            hasher.combine(entry.observation)
            hasher.combine(entry.count)
        }
    }

    /// The union of two bindings, or nil when together they need more
    /// instances of some observation than it has (when `capacity` is given).
    func combined(with other: Binding, capacity: [Int32]?) -> Binding? {
        var merged: [(observation: Int32, count: Int32)] = []
        merged.reserveCapacity(counts.count + other.counts.count)
        var i = 0, j = 0
        while i < counts.count || j < other.counts.count {
            if j == other.counts.count || (i < counts.count && counts[i].observation < other.counts[j].observation) {
                merged.append(counts[i]); i += 1
            } else if i == counts.count || other.counts[j].observation < counts[i].observation {
                merged.append(other.counts[j]); j += 1
            } else {
                let total = counts[i].count + other.counts[j].count
                if let capacity, total > capacity[Int(counts[i].observation)] { return nil }
                merged.append((counts[i].observation, total)); i += 1; j += 1
            }
        }
        return Binding(counts: merged, latestFirst: max(latestFirst, other.latestFirst),
                       earliestLast: min(earliestLast, other.earliestLast))
    }
}
