/// `type:property.step[0].step`: which values of which SCOs a test looks at.
public struct ObjectPath: Sendable, Hashable, CustomStringConvertible {
    /// One step after the object type.
    public enum Step: Sendable, Hashable {
        /// A property or dictionary key. Keys ending `_ref`/`_refs` are followed
        /// to the referenced objects.
        case key(String)
        /// A list index (negative indices select nothing, as in the reference).
        case index(Int)
        /// `[*]`: every element of a list.
        case anyIndex
    }

    /// The SCO type (`file`, `ipv4-addr`, …).
    public var objectType: String
    /// The steps; the first is always a `.key`.
    public var steps: [Step]

    /// Creates a path.
    public init(objectType: String, steps: [Step]) {
        self.objectType = objectType
        self.steps = steps
    }

    /// The path in pattern syntax, keys quoted when needed.
    public var description: String {
        var result = objectType + ":"
        for (offset, step) in steps.enumerated() {
            switch step {
            case .key(let key):
                let plain = key.unicodeScalars.allSatisfy { Lexer.isIdentifierPart($0) } && !key.isEmpty
                let quoted = plain ? key : "'" + key.replacingBackslashesAndQuotes() + "'"
                result += (offset == 0 ? "" : ".") + quoted
            case .index(let index): result += "[\(index)]"
            case .anyIndex: result += "[*]"
            }
        }
        return result
    }
}

extension String {
    func replacingBackslashesAndQuotes() -> String {
        var result = ""
        for character in unicodeScalars {
            if character == "\\" || character == "'" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(character)
        }
        return result
    }
}
