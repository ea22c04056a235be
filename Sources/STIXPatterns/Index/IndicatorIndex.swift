/// Indicators compiled for detection: from each pattern the index extracts
/// cheap prerequisites (values that must be present, CIDR blocks an address
/// must lie in, literals a string must contain), so that one event is looked
/// up in hash tables, a prefix trie and a trigram table, and the full matcher
/// runs only on the indicators it may match.
///
/// - Equality and `IN` on atomic values become hash lookups.
/// - `ISSUBSET` becomes a binary trie over address bits.
/// - `LIKE` and `MATCHES` with a literal run of three or more ASCII
///   characters become trigram lookups, checked by substring search.
/// - `AND` inside `[ ]` keeps the cheaper side; `OR` needs both.
/// - A pattern with an observation that has no prerequisite is evaluated on
///   every event (``alwaysEvaluated``); keep these few.
///
/// Prerequisites are necessary, never sufficient, so results equal running
/// every pattern with the full matcher (a differential test pins this).
///
/// ```swift
/// var index = IndicatorIndex()
/// index.add(id: "indicator--…", pattern: try Pattern(parsing: "[ipv4-addr:value = '203.0.113.7']"))
/// var candidates = CandidateSet()
/// index.candidates(for: eventObjects, into: &candidates)
/// ```
public struct IndicatorIndex: Sendable {
    /// One indexed indicator.
    public struct Indicator: Sendable {
        /// The indicator's STIX id (or any caller-chosen name).
        public let id: String
        /// The pattern text, compiled again when the indicator becomes a
        /// candidate (compiled patterns are not kept for every indicator, to
        /// keep memory near the size of the pattern texts).
        public let patternText: String
        /// Whether a match can span several observations (`AND`,
        /// `FOLLOWEDBY`, `REPEATS` between observation expressions).
        public let spansObservations: Bool
        /// The pattern's outer `WITHIN` bound in microseconds, if any.
        public let windowMicroseconds: Int64?
    }

    /// The indicators, by position.
    public private(set) var indicators: [Indicator] = []
    /// Positions of indicators without a prerequisite: candidates for every event.
    public private(set) var alwaysEvaluated: [Int32] = []

    var tree = PropertyTree()
    var values = PostingTable<ValueKey>()
    var valueFilter = ValueFilter()
    var tries: [Int32: NetworkTrie] = [:]
    var trieLists: [[Int32]] = []
    var trigrams = PostingTable<TrigramKey>()
    /// Per node, a bitmap of the trigrams indexed there, so most trigrams of a value are dismissed without hashing.
    var trigramFilters: [Int32: [UInt64]] = [:]
    /// Substring requirements by number: the posting and the literal.
    var substrings: [(posting: Int32, literal: [UInt8])] = []

    struct ValueKey: Hashable, Sendable {
        var node: Int32
        var value: IndexValue
    }

    struct TrigramKey: Hashable, Sendable {
        var node: Int32
        var trigram: UInt32
    }

    /// Creates an empty index.
    public init() {}

    /// Creates an index of `indicators`, in order.
    public init(_ indicators: [(id: String, pattern: Pattern)]) {
        for indicator in indicators { add(id: indicator.id, pattern: indicator.pattern) }
    }

    /// The number of indicators.
    public var count: Int { indicators.count }

    /// Adds an indicator and returns its position.
    @discardableResult
    public mutating func add(id: String, pattern: Pattern) -> Int {
        let position = Int32(indicators.count)
        let expression = pattern.expression
        indicators.append(Indicator(id: id, patternText: pattern.text, spansObservations: expression.spansObservations,
                                    windowMicroseconds: expression.outerWindow))
        var requirements: [(Requirement, Int32)] = []
        let leaves = expression.leaves
        for (number, leaf) in leaves.enumerated() {
            guard leaves.count <= 64, let found = Requirement.requirements(of: leaf) else {
                alwaysEvaluated.append(position)
                return Int(position)
            }
            requirements += found.map { ($0, Self.posting(position, leaf: number)) }
        }
        for (requirement, posting) in requirements { insert(requirement, posting: posting) }
        return Int(position)
    }

    /// Postings carry the indicator position and which of its leaves (observation expressions) the requirement belongs to.
    static let leafBits: Int32 = 6
    static let leafMask: Int32 = 63

    static func posting(_ position: Int32, leaf: Int) -> Int32 { position << leafBits | Int32(leaf) }

    private mutating func insert(_ requirement: Requirement, posting position: Int32) {
        let node = tree.node(for: requirement.path)
        switch requirement.kind {
        case .value(let value):
            tree.nodes[Int(node)].hasValues = true
            values.add(position, for: ValueKey(node: node, value: value))
            addToFilter(ValueKey(node: node, value: value))
        case .network(let block):
            tree.nodes[Int(node)].hasNetworks = true
            var trie = tries[node] ?? NetworkTrie()
            let end = trie.node(for: block)
            if trie.nodes[end].posting < 0 {
                trieLists.append([])
                trie.nodes[end].posting = Int32(trieLists.count - 1)
            }
            trieLists[Int(trie.nodes[end].posting)].append(position)
            tries[node] = trie
        case .substring(let literal):
            tree.nodes[Int(node)].hasSubstrings = true
            substrings.append((posting: position, literal: literal))
            let trigram = rarestTrigram(of: literal, at: node)
            trigrams.add(Int32(substrings.count - 1), for: TrigramKey(node: node, trigram: trigram))
            var filter = trigramFilters[node] ?? Array(repeating: 0, count: Self.filterWords)
            let bit = Self.filterBit(trigram)
            filter[bit >> 6] |= UInt64(1) << UInt64(bit & 63)
            trigramFilters[node] = filter
        }
    }

    /// Adds a key to the Bloom filter, regrowing it (from every key) when it fills.
    private mutating func addToFilter(_ key: ValueKey) {
        if valueFilter.isCrowded {
            valueFilter = ValueFilter(capacity: values.heads.count * 2)
            for existing in values.heads.keys { valueFilter.insert(ValueFilter.hash(node: existing.node, existing.value)) }
        } else {
            valueFilter.insert(ValueFilter.hash(node: key.node, key.value))
        }
    }

    /// The trigram of `literal` with the fewest postings so far, so that
    /// common trigrams (`com`, `www`) do not gather every literal.
    private func rarestTrigram(of literal: [UInt8], at node: Int32) -> UInt32 {
        var best: (trigram: UInt32, count: Int)?
        for start in 0...(literal.count - RequiredLiteral.minimumLength) {
            let trigram = IndicatorIndex.trigram(literal, at: start)
            let count = trigrams.count(for: TrigramKey(node: node, trigram: trigram))
            if best == nil || count < best!.count { best = (trigram, count) }
            if count == 0 { break }
        }
        return best!.trigram
    }

    /// 2^15 bits (4 KB) per node: small enough to stay in cache beside the event being parsed.
    static let filterWords = 1 << 9

    /// The bit of a trigram in a node's filter.
    static func filterBit(_ trigram: UInt32) -> Int {
        Int((trigram &* 0x9E37_79B1) >> 17)
    }

    static func mayContain(_ filter: [UInt64], _ trigram: UInt32) -> Bool {
        let bit = filterBit(trigram)
        return filter[bit >> 6] & (UInt64(1) << UInt64(bit & 63)) != 0
    }

    static func trigram(_ bytes: some RandomAccessCollection<UInt8>, at start: Int) -> UInt32 {
        let base = bytes.index(bytes.startIndex, offsetBy: start)
        return UInt32(bytes[base]) << 16 | UInt32(bytes[bytes.index(after: base)]) << 8
            | UInt32(bytes[bytes.index(base, offsetBy: 2)])
    }
}
