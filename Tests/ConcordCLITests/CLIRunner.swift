import Foundation

/// Runs the real `concord` executable as a user would, capturing its output.
struct CLIRunner {
    /// What one run printed and how it ended.
    struct Result {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String

        /// The last non-empty line of standard output.
        var lastLine: String {
            standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        }
    }

    /// The data directory every run uses.
    let dataDirectory: URL

    /// A runner with a fresh, empty data directory.
    init() throws {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-cli-\(UUID().uuidString)")
    }

    /// The executable: `$CONCORD_BIN`, else `concord` beside the test bundle.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["CONCORD_BIN"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("concord").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("concord")
    }

    /// Runs `concord ARGUMENTS` with `--data` set through `CONCORD_DATA`.
    @discardableResult
    func run(_ arguments: [String], standardInput: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CONCORD_DATA"] = dataDirectory.path
        process.environment = environment
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let standardInput { input.fileHandleForWriting.write(standardInput) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `text` to a new temporary file and returns its path.
    func file(named name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: dataDirectory.deletingLastPathComponent(), withIntermediateDirectories: true)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
