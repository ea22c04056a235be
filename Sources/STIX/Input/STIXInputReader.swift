/// Reads the STIX objects of an input in any of the forms STIX travels in:
/// a bundle, a JSON array of objects, a single object, or JSON Lines (one
/// object or bundle per line).
///
/// Objects are handed over one at a time, so a large bundle is never held as
/// one parsed tree: memory stays near the size of the input text. A malformed
/// line of a JSON Lines file, or an element with a bad string, is reported
/// and the rest is still read.
///
/// ```swift
/// try STIXInputReader.read(bytes) { item in
///     if case .object(let index, let value) = item { … }
/// }
/// ```
public enum STIXInputReader {
    /// Reads every element of `bytes`, calling `body` for each in order.
    /// - Throws: ``STIXInputError`` when the document as a whole is not JSON;
    ///   any error `body` throws.
    public static func read(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        var index = 0
        if looksLikeJSONLines(bytes) {
            try readLines(bytes, index: &index, body)
        } else {
            try readDocument(bytes, baseOffset: 0, index: &index, strict: true, body)
        }
    }

    /// Reads every element of `bytes`; see ``read(_:_:)-(UnsafeBufferPointer<UInt8>,_)``.
    public static func read(
        _ bytes: [UInt8],
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        try bytes.withUnsafeBufferPointer { buffer in try read(buffer, body) }
    }

    /// JSON Lines when there are several non-blank lines and the first is a
    /// complete one-line object; a pretty-printed document starts with a lone `{`.
    static func looksLikeJSONLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines = 0
        var firstLineIsObject = false
        forEachLine(bytes) { range in
            lines += 1
            if lines == 1 {
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                firstLineIsObject = line.first == UInt8(ascii: "{") && line.last == UInt8(ascii: "}")
            }
            return lines < 2
        }
        return lines >= 2 && firstLineIsObject
    }

    /// Calls `body` with the trimmed byte range of each non-blank line until it returns false.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) throws -> Bool) rethrows {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var low = start, high = end
            while low < high && isSpace(bytes[low]) { low += 1 }
            while high > low && isSpace(bytes[high - 1]) { high -= 1 }
            if low < high, try !body(low..<high) { return }
            start = end + 1
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    static func readLines(
        _ bytes: UnsafeBufferPointer<UInt8>, index: inout Int,
        _ body: (STIXInputItem) throws -> Void
    ) throws {
        var failure: (any Error)?
        forEachLine(bytes) { range in
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            do {
                try readDocument(line, baseOffset: range.lowerBound, index: &index, strict: false, body)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }
}
