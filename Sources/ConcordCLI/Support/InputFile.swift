import Foundation

/// Reads a file named on the command line, `-` meaning standard input.
enum InputFile {
    /// The bytes of `path`, or a usage error naming the file and why it could not be read.
    static func read(_ path: String) throws(CLIFailure) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot be read"
            throw .input("\(path): \(why)")
        }
        return [UInt8](data)
    }
}
