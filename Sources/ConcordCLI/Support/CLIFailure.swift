/// An outcome that ends a command with a message and one of Concord's exit codes.
struct CLIFailure: Error, Sendable {
    /// What to tell the user (printed to standard error after `concord: `).
    var message: String
    /// 1 for a negative result, 2 for a usage or input error.
    var exitCode: Int32

    /// A negative result: the command ran, and the answer is "no" (exit 1).
    static func negative(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 1) }

    /// The command could not run as asked (exit 2).
    static func input(_ message: String) -> CLIFailure { CLIFailure(message: message, exitCode: 2) }
}
