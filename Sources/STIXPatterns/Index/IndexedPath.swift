/// An object path as the index walks it: `[n]` and `[*]` both become
/// ``Step/element`` (a value at index n is also some element).
struct IndexedPath: Sendable, Hashable {
    enum Step: Sendable, Hashable {
        case key(String)
        case element
    }

    var objectType: String
    var steps: [Step]

    /// The indexable form of `path`, or nil when the index cannot stand in for
    /// the matcher on it: a negative index (selects nothing) or a `_hex`/`_bin`
    /// key (values decoded to bytes).
    init?(_ path: ObjectPath) {
        var steps: [Step] = []
        for step in path.steps {
            switch step {
            case .key(let key):
                if key.hasSuffix("_hex") || key.hasSuffix("_bin") { return nil }
                steps.append(.key(key))
            case .index(let index):
                if index < 0 { return nil }
                steps.append(.element)
            case .anyIndex:
                steps.append(.element)
            }
        }
        objectType = path.objectType
        self.steps = steps
    }
}
