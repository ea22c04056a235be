/// Reads the STIX objects of an input in any of the forms STIX travels in:
/// a bundle, a JSON array of objects, a single object, or JSON Lines (one
/// object, array or bundle per line).
///
/// Objects are produced one at a time by ``next()``, so a large bundle is never
/// held as one parsed tree: memory stays near the size of the input text, and
/// a caller can store a batch before reading on. A malformed line of a JSON
/// Lines file, or an element with a bad string, becomes a
/// ``STIXInputItem/malformed(index:error:)`` item and the rest is still read.
///
/// ```swift
/// var reader = try STIXInputReader(bytes)
/// while let item = reader.next() { … }
/// ```
public struct STIXInputReader: Sendable {
    enum Mode: Sendable {
        /// Stream the elements of the array whose `[` is at `arrayStart`, then stop.
        case elements(arrayStart: Int)
        /// One object filling the whole input.
        case single
        /// One document per non-blank line.
        case lines
        /// Nothing left.
        case finished
    }

    let storage: InputStorage
    var bytes: UnsafeBufferPointer<UInt8> { storage.buffer }
    var mode: Mode
    /// Where the next element or line starts.
    var position: Int
    /// Elements of the current JSON Lines line still to hand out.
    var pending: [STIXInputItem]
    /// The index the next item gets.
    var nextIndex: Int
    /// The 1-based number of the last line read in JSON Lines mode.
    var lineNumber: Int

    /// The number of input bytes consumed so far, for progress reports.
    public var bytesRead: Int { position }

    /// The input's total size in bytes.
    public var totalBytes: Int { bytes.count }

    /// Prepares to read `bytes`, checking the syntax of a single document up front.
    /// - Throws: ``STIXInputError`` when the input is one JSON document and it is
    ///   not well-formed (nothing from it can be trusted then), including when
    ///   it is empty or only white space.
    public init(_ bytes: [UInt8]) throws(STIXInputError) {
        try self.init(storage: InputStorage(copying: bytes))
    }

    /// Prepares to read a regular file through a memory mapping, so that pages
    /// already read can be given back (see ``releaseConsumedInput()``).
    /// - Parameter descriptor: an open file descriptor; it may be closed once this returns.
    /// - Returns: `nil` when the file cannot be mapped (empty, or not a regular file).
    public init?(mappingFile descriptor: Int32, size: Int) throws(STIXInputError) {
        guard let storage = InputStorage(mapping: descriptor, size: size) else { return nil }
        try self.init(storage: storage)
        storage.release(below: size)
    }

    init(storage: InputStorage) throws(STIXInputError) {
        let mode = try Self.detectMode(storage.buffer)
        self.storage = storage
        self.mode = mode
        position = 0
        pending = []
        nextIndex = 0
        lineNumber = 0
    }

    /// The next item, or `nil` at the end of the input.
    public mutating func next() -> STIXInputItem? {
        if !pending.isEmpty { return pending.removeFirst() }
        switch mode {
        case .finished:
            return nil
        case .single:
            mode = .finished
            return parseWhole()
        case .elements(let arrayStart):
            return nextElement(arrayStart: arrayStart)
        case .lines:
            return nextLine()
        }
    }

    /// Gives back the memory of input already read, when the input is a mapped
    /// file; callers reading large files call this between batches.
    public func releaseConsumedInput() {
        storage.release(below: position)
    }

    /// Calls `body` with every remaining item.
    public mutating func forEach(_ body: (STIXInputItem) throws -> Void) rethrows {
        while let item = next() { try body(item) }
    }

    mutating func makeItem(_ parse: () throws(JSONSyntaxError) -> JSONValue) -> STIXInputItem {
        defer { nextIndex += 1 }
        do throws(JSONSyntaxError) {
            return .object(index: nextIndex, value: try parse())
        } catch {
            return .malformed(index: nextIndex, error: error)
        }
    }
}
