/// The object paths that indicators test, as a tree: object type, then one
/// node per step. Walking an event's objects along the tree visits only the
/// properties some indicator looks at.
struct PropertyTree: Sendable {
    /// How the matcher reads a key's value before the next step.
    enum Reference: Sendable {
        case none
        /// `…_ref`: the object the id names.
        case single
        /// `…_refs`: the list of objects the ids name.
        case list
    }

    struct Node: Sendable {
        var children: [String: Int32] = [:]
        /// The same children as a list: a few keys are found faster by comparison than by hashing.
        var childList: [(key: String, node: Int32)] = []
        var element: Int32 = -1
        var reference = Reference.none
        /// Whether some requirement compares values here by key.
        var hasValues = false
        /// Whether some requirement tests addresses here, and whether substrings.
        var hasNetworks = false
        var hasSubstrings = false
    }

    var roots: [String: Int32] = [:]
    var rootList: [(key: String, node: Int32)] = []
    var nodes: [Node] = []

    /// The node of `path`, created as needed.
    mutating func node(for path: IndexedPath) -> Int32 {
        var current: Int32
        if let root = roots[path.objectType] {
            current = root
        } else {
            current = append(Node())
            roots[path.objectType] = current
            rootList.append((key: path.objectType, node: current))
        }
        for step in path.steps {
            switch step {
            case .key(let key):
                if let child = nodes[Int(current)].children[key] {
                    current = child
                } else {
                    var node = Node()
                    node.reference = key.hasSuffix("_ref") ? .single : (key.hasSuffix("_refs") ? .list : .none)
                    let child = append(node)
                    nodes[Int(current)].children[key] = child
                    nodes[Int(current)].childList.append((key: key, node: child))
                    current = child
                }
            case .element:
                if nodes[Int(current)].element < 0 { nodes[Int(current)].element = append(Node()) }
                current = nodes[Int(current)].element
            }
        }
        return current
    }

    private mutating func append(_ node: Node) -> Int32 {
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    /// The root node of an object type.
    func root(_ type: String) -> Int32? {
        PropertyTree.find(type, rootList, roots)
    }

    /// Swift string equality (coarser than code points, so never a missed candidate).
    static func find(_ key: String, _ list: [(key: String, node: Int32)], _ table: [String: Int32]) -> Int32? {
        guard list.count > 8 else {
            for entry in list where entry.key == key { return entry.node }
            return nil
        }
        return table[key]
    }
}

extension PropertyTree.Node {
    /// The child for `key`, if some path continues with it.
    func child(_ key: String) -> Int32? {
        PropertyTree.find(key, childList, children)
    }
}
