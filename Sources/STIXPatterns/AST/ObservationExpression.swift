/// An observation expression: the part of a pattern that is matched against
/// whole observations (observed-data objects) and combined across them.
public indirect enum ObservationExpression: Sendable, Hashable {
    /// `[ comparison ]`: one observation whose objects satisfy the comparison.
    case comparison(ComparisonExpression)
    /// `A AND B`: distinct observations satisfying each side.
    case and(ObservationExpression, ObservationExpression)
    /// `A OR B`: observations satisfying either side.
    case or(ObservationExpression, ObservationExpression)
    /// `A FOLLOWEDBY B`: B's observations can be timed no earlier than A's.
    case followedBy(ObservationExpression, ObservationExpression)
    /// `A WITHIN n SECONDS`: all of A's observations fit in a window of n seconds.
    case within(ObservationExpression, microseconds: Int64)
    /// `A REPEATS n TIMES`: n disjoint matches of A.
    case repeats(ObservationExpression, times: Int)
    /// `A START t1 STOP t2`: A's observations overlap [t1, t2).
    case startStop(ObservationExpression, start: PatternTimestamp, stop: PatternTimestamp)
}

/// A comparison expression: the tests inside `[ ]`, evaluated per observation
/// on the SCOs it contains.
public indirect enum ComparisonExpression: Sendable, Hashable {
    /// Both sides hold for the same root object.
    case and(ComparisonExpression, ComparisonExpression)
    /// Either side holds.
    case or(ComparisonExpression, ComparisonExpression)
    /// One property test.
    case test(PropertyTest)
}

/// `path [NOT] operator operand`, or `EXISTS path`.
public struct PropertyTest: Sendable, Hashable {
    /// The object path whose values are tested.
    public var path: ObjectPath
    /// Whether `NOT` inverts the operator.
    public var negated: Bool
    /// The operator and its operand.
    public var comparison: Comparison

    /// Creates a test.
    public init(path: ObjectPath, negated: Bool, comparison: Comparison) {
        self.path = path
        self.negated = negated
        self.comparison = comparison
    }
}

/// A comparison operator with its operand.
public enum Comparison: Sendable, Hashable {
    /// `=` (also `==`).
    case equal(Literal)
    /// `!=` (also `<>`).
    case notEqual(Literal)
    /// `<`.
    case less(Literal)
    /// `<=`.
    case lessOrEqual(Literal)
    /// `>`.
    case greater(Literal)
    /// `>=`.
    case greaterOrEqual(Literal)
    /// `IN (a, b, …)`; the set is homogeneous (numbers may mix ints and floats).
    case `in`([Literal])
    /// `LIKE 'pattern'` with SQL `%` and `_` wildcards.
    case like(String)
    /// `MATCHES 'regex'` (Python `re` syntax, searched anywhere in the value).
    case matches(String)
    /// `ISSUBSET 'cidr'`: the value (address or CIDR) lies inside the literal subnet.
    case isSubset(String)
    /// `ISSUPERSET 'address or cidr'`: the value subnet contains the literal.
    case isSuperset(String)
    /// `EXISTS path`.
    case exists
}
