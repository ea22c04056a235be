@testable import STIX

/// SplitMix64: a small, fast, seedable generator so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    mutating func pick<T>(_ choices: [T]) -> T {
        choices.randomElement(using: &self)!
    }
}

/// Random JSON values, and random ways of writing them, for property tests.
enum RandomJSON {
    static func value(_ rng: inout SeededGenerator, depth: Int = 0) -> JSONValue {
        let kinds = depth >= 4 ? 4 : 6
        switch Int.random(in: 0..<kinds, using: &rng) {
        case 0: return rng.chance(0.3) ? .null : .bool(rng.chance(0.5))
        case 1, 2: return .number(JSONNumber(number(&rng)))
        case 3: return .string(string(&rng))
        case 4: return .array((0..<Int.random(in: 0...5, using: &rng)).map { _ in value(&rng, depth: depth + 1) })
        default:
            var members: [JSONObject.Member] = []
            var seen = Set<[UInt8]>()
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                let key = string(&rng)
                guard seen.insert(Array(key.utf8)).inserted else { continue }
                members.append(JSONObject.Member(key: key, value: value(&rng, depth: depth + 1)))
            }
            return .object(JSONObject(uniqueMembers: members))
        }
    }

    static func number(_ rng: inout SeededGenerator) -> Double {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return Double(Int.random(in: -1000...1000, using: &rng))
        case 1: return Double(Int64.random(in: -(1 << 53)...(1 << 53), using: &rng))
        case 2:
            let double = Double(bitPattern: rng.next())
            return double.isFinite ? double : 0.5
        case 3:
            let mantissa = Int.random(in: -99_999...99_999, using: &rng)
            return Double("\(mantissa)e\(Int.random(in: -30...30, using: &rng))")!
        case 4: return rng.pick([0.0, -0.0, 0.1, 0.2, 0.3, 1e21, 1e-7, 1e-6, 1e20, 123e-20, .leastNonzeroMagnitude])
        default: return Double.random(in: -1e6...1e6, using: &rng)
        }
    }

    static let scalarPools: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x22...0x22, 0x5C...0x5C, 0x2F...0x2F,
        0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF, 0x2028...0x2029, 0x300...0x36F,
    ]

    static func string(_ rng: inout SeededGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            let pool = rng.pick(scalarPools)
            scalars.append(Unicode.Scalar(UInt32.random(in: pool, using: &rng))!)
        }
        return String(scalars)
    }
}

/// Writes a JSON value as one of its many equivalent texts: members in a
/// random order, random white space, optional escapes and other number spellings.
struct RandomSpeller {
    var rng: SeededGenerator

    mutating func spell(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let number): return spell(number.double)
        case .string(let string): return spell(string)
        case .array(let elements):
            return "[" + space() + elements.map { spell($0) }.joined(separator: space() + "," + space()) + space() + "]"
        case .object(let object):
            let members = object.members.shuffled(using: &rng).map {
                spell($0.key) + space() + ":" + space() + spell($0.value)
            }
            return "{" + space() + members.joined(separator: space() + "," + space()) + space() + "}"
        }
    }

    mutating func space() -> String {
        rng.chance(0.5) ? "" : rng.pick([" ", "\n", "\t", "\r\n", "  ", " \n\t "])
    }

    mutating func spell(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += rng.chance(0.5) ? "\\\"" : "\\u0022"
            case "\\": text += rng.chance(0.5) ? "\\\\" : "\\u005C"
            case "/": text += rng.chance(0.5) ? "/" : "\\/"
            case "\n": text += rng.chance(0.5) ? "\\n" : "\\u000A"
            case _ where scalar.value < 0x20 || rng.chance(0.2): text += unicodeEscape(scalar)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    mutating func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let units = Array(String(scalar).utf16)
        let upper = rng.chance(0.5)
        return units.map { unit in
            let hex = String(unit, radix: 16, uppercase: upper)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }.joined()
    }

    /// Another spelling of the same decimal number.
    mutating func spell(_ double: Double) -> String {
        if double == 0 { return rng.pick(["0", "-0", "0.0", "0e5", "-0.0E-3", "0.000"]) }
        let sign = double < 0 ? "-" : ""
        let (digitBytes, n) = ECMAScriptNumber.shortestDigits(of: abs(double))
        let digits = String(decoding: digitBytes, as: UTF8.self)
        let k = digits.count
        let first = String(digits.prefix(1)), rest = String(digits.dropFirst())
        var spellings = [
            ECMAScriptNumber.format(double),
            double.description,
            sign + "0." + digits + exponent(n),
            sign + digits + exponent(n - k),
            sign + first + "." + (rest.isEmpty ? "0" : rest) + exponent(n - 1),
            sign + digits + "000" + exponent(n - k - 3),
        ]
        if n >= k, n <= 25 {
            let integer = sign + digits + String(repeating: "0", count: n - k)
            spellings += [integer, integer + ".000"]
        }
        if n <= 0, n > -30 { spellings.append(sign + "0." + String(repeating: "0", count: -n) + digits) }
        return rng.pick(spellings)
    }

    mutating func exponent(_ value: Int) -> String {
        let e = rng.pick(["e", "E"])
        if value < 0 { return e + "-" + rng.pick(["", "0"]) + String(-value) }
        return e + rng.pick(["", "+", "+00"]) + String(value)
    }
}

/// Whether two values mean the same: members in any order, numbers compared by value.
func sameMeaning(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case let (.bool(a), .bool(b)): return a == b
    case let (.number(a), .number(b)): return a.double == b.double
    case let (.string(a), .string(b)): return a.utf8.elementsEqual(b.utf8)
    case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy(sameMeaning)
    case let (.object(a), .object(b)):
        return a.count == b.count && a.members.allSatisfy { member in
            b.members.contains { $0.key.utf8.elementsEqual(member.key.utf8) && sameMeaning($0.value, member.value) }
        }
    default: return false
    }
}
