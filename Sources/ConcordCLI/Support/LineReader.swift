import Foundation

/// Reads a file (or standard input, `-`) line by line in large chunks, so
/// an event log of any size streams through in constant memory.
struct LineReader {
    let descriptor: Int32
    let path: String
    let closesDescriptor: Bool
    static let chunkSize = 1 << 20

    /// Opens `path`; `-` is standard input.
    init(path: String) throws(CLIFailure) {
        self.path = path
        if path == "-" {
            descriptor = STDIN_FILENO
            closesDescriptor = false
            return
        }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .input("\(path): \(String(cString: strerror(errno)))") }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .input("\(path): is a directory")
        }
        closesDescriptor = true
    }

    /// Calls `body` with each line (without its newline) and its 1-based number.
    func forEachLine(_ body: (ArraySlice<UInt8>, Int) throws -> Void) throws {
        defer { if closesDescriptor { close(descriptor) } }
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var number = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIFailure.input("\(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            pending += chunk[0..<count]
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                try body(pending[start..<newline], number)
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(pending[...], number + 1) }
    }
}
