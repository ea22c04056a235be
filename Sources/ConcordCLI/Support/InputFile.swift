import Foundation

import STIX

/// Reads a file named on the command line, `-` meaning standard input.
enum InputFile {
    /// A STIX reader over `path`: a regular file is memory-mapped (so pages
    /// already read can be given back), anything else is read into memory.
    /// - Returns: the reader, or why the file is not a readable STIX document.
    /// - Throws: an input error (exit 2) when the file cannot be opened.
    static func reader(_ path: String) throws(CLIFailure) -> Result<STIXInputReader, STIXInputError> {
        if path != "-" {
            let descriptor = open(path, O_RDONLY)
            if descriptor >= 0 {
                defer { close(descriptor) }
                var status = stat()
                if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
                    do {
                        if let reader = try STIXInputReader(mappingFile: descriptor, size: Int(status.st_size)) { return .success(reader) }
                    } catch {
                        return .failure(error)
                    }
                }
            }
        }
        let bytes = try read(path)
        return Result { () throws(STIXInputError) in try STIXInputReader(bytes) }
    }

    /// The bytes of `path`, or an input error naming the file and why it could not be read.
    ///
    /// A regular file is read straight into one buffer of its size, so a large
    /// bundle costs its size in memory once, not twice.
    static func read(_ path: String) throws(CLIFailure) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .input("\(path): \(reason(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .input("\(path): \(reason(errno))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .input("\(path): is a directory") }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return [UInt8](FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readDataToEndOfFile())
        }
        return try readRegularFile(descriptor, size: Int(status.st_size), path: path)
    }

    private static func readRegularFile(_ descriptor: Int32, size: Int, path: String) throws(CLIFailure) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let result = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { failure = result < 0 ? errno : 0; break }
                count += result
            }
        }
        if failure != 0 { throw .input("\(path): \(reason(failure))") }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code))
        }
    }
}
