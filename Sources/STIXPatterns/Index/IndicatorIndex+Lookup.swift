public import STIX

extension IndicatorIndex {
    /// How deep references are followed from a root object (`a_ref.b_ref.value`).
    static let maximumReferenceDepth = 4

    /// Collects into `candidates` every indicator that `objects` (the SCOs of
    /// one observation, each with `type` and, when referenced, `id`) may
    /// match: those whose prerequisites they meet, and the always-evaluated.
    public func candidates(for objects: [JSONObject], into candidates: inout CandidateSet) {
        candidates.reset(count: indicators.count)
        for indicator in alwaysEvaluated { candidates.insertAll(indicator) }
        for object in objects {
            guard case .string(let type)? = object["type"], let root = tree.root(type) else { continue }
            visit(.object(object), node: root, objects: objects, depth: 0, into: &candidates)
        }
    }

    private func visit(_ value: JSONValue, node: Int32, objects: [JSONObject], depth: Int, into candidates: inout CandidateSet) {
        let current = tree.nodes[Int(node)]
        switch value {
        case .object(let object):
            guard !current.childList.isEmpty else { return }
            for member in object.members {
                guard let child = current.child(member.key) else { continue }
                visitMember(member.value, node: child, objects: objects, depth: depth, into: &candidates)
            }
        case .array(let elements):
            guard current.element >= 0 else { return }
            for element in elements { visit(element, node: current.element, objects: objects, depth: depth, into: &candidates) }
        case .null:
            return
        default:
            lookUp(value, at: node, current, into: &candidates)
        }
    }

    private func visitMember(_ value: JSONValue, node: Int32, objects: [JSONObject], depth: Int, into candidates: inout CandidateSet) {
        switch tree.nodes[Int(node)].reference {
        case .none:
            visit(value, node: node, objects: objects, depth: depth, into: &candidates)
        case .single:
            guard depth < Self.maximumReferenceDepth, case .string(let id) = value else { return }
            for object in objects where object["id"]?.stringValue == id {
                visit(.object(object), node: node, objects: objects, depth: depth + 1, into: &candidates)
            }
        case .list:
            guard depth < Self.maximumReferenceDepth, case .array(let ids) = value else { return }
            let resolved = ids.flatMap { id in id.stringValue.map { Self.resolve($0, in: objects).map(JSONValue.object) } ?? [] }
            visit(.array(resolved), node: node, objects: objects, depth: depth + 1, into: &candidates)
        }
    }

    static func resolve(_ id: String, in objects: [JSONObject]) -> [JSONObject] {
        objects.filter { $0["id"]?.stringValue == id }
    }

    private func lookUp(_ value: JSONValue, at node: Int32, _ current: PropertyTree.Node, into candidates: inout CandidateSet) {
        if current.hasValues, let key = IndexValue(value), valueFilter.mayContain(ValueFilter.hash(node: node, key)) {
            values.forEach(ValueKey(node: node, value: key)) { candidates.insert(posting: $0) }
        }
        guard case .string(let text) = value else { return }
        if current.hasNetworks, let trie = tries[node],
           let address = IPNetwork.plainIPv4(text) ?? IPNetwork(text, requirePrefix: false) {
            trie.forEachContainer(of: address) { posting in
                for item in trieLists[Int(posting)] { candidates.insert(posting: item) }
            }
        }
        if current.hasSubstrings { lookUpSubstrings(text, at: node, into: &candidates) }
    }

    /// Trigram lookups over the (normalized) text, each hit checked by substring search.
    private func lookUpSubstrings(_ text: String, at node: Int32, into candidates: inout CandidateSet) {
        guard let filter = trigramFilters[node] else { return }
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? lookUpSubstrings(bytes, at: node, filter: filter, into: &candidates) : false
        }
        if ascii != true {
            Array(Normalization.nfc(text).utf8).withUnsafeBufferPointer { bytes in
                _ = lookUpSubstrings(bytes, at: node, filter: filter, into: &candidates)
            }
        }
    }

    /// Returns true (so the caller knows the bytes were searched).
    private func lookUpSubstrings(_ bytes: UnsafeBufferPointer<UInt8>, at node: Int32, filter: [UInt64],
                                  into candidates: inout CandidateSet) -> Bool {
        guard bytes.count >= RequiredLiteral.minimumLength else { return true }
        for start in 0...(bytes.count - RequiredLiteral.minimumLength) {
            let trigram = Self.trigram(bytes, at: start)
            guard Self.mayContain(filter, trigram) else { continue }
            let key = TrigramKey(node: node, trigram: trigram)
            trigrams.forEach(key) { requirement in
                let (posting, literal) = substrings[Int(requirement)]
                if !candidates.contains(posting: posting), Self.contains(bytes, literal) { candidates.insert(posting: posting) }
            }
        }
        return true
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
