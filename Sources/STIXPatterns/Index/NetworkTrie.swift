/// A binary trie over address bits holding CIDR blocks, so finding every
/// block that contains an address costs one walk of at most 32 (IPv4) or 128
/// (IPv6) steps, however many blocks there are.
struct NetworkTrie: Sendable {
    struct Node: Sendable {
        var children: (Int32, Int32) = (-1, -1)
        /// Requirement postings of blocks ending here, or -1.
        var posting: Int32 = -1
    }

    /// Node 0 is the IPv4 root, node 1 the IPv6 root.
    var nodes: [Node] = [Node(), Node()]

    /// The node for `block`, created as needed.
    mutating func node(for block: IPNetwork) -> Int {
        var current = block.isV6 ? 1 : 0
        for bit in 0..<block.prefix {
            let one = NetworkTrie.bit(bit, of: block)
            let next = one ? nodes[current].children.1 : nodes[current].children.0
            if next >= 0 {
                current = Int(next)
                continue
            }
            nodes.append(Node())
            let created = Int32(nodes.count - 1)
            if one { nodes[current].children.1 = created } else { nodes[current].children.0 = created }
            current = Int(created)
        }
        return current
    }

    /// Calls `body` with the posting of every block containing `address`
    /// (an address or a block: only blocks no longer than its prefix count).
    func forEachContainer(of address: IPNetwork, _ body: (Int32) -> Void) {
        var current = address.isV6 ? 1 : 0
        for bit in 0..<address.prefix {
            let children = nodes[current].children
            let next = NetworkTrie.bit(bit, of: address) ? children.1 : children.0
            guard next >= 0 else { return }
            current = Int(next)
            if nodes[current].posting >= 0 { body(nodes[current].posting) }
        }
    }

    /// Bit `index` (0 = most significant) of the left-aligned 128-bit address.
    static func bit(_ index: Int, of network: IPNetwork) -> Bool {
        index < 64 ? (network.high >> (63 - index)) & 1 == 1 : (network.low >> (127 - index)) & 1 == 1
    }
}
