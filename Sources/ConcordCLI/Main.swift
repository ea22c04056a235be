import ArgumentParser
import Foundation

/// Runs the CLI and maps outcomes onto Concord's exit codes: 0 ok,
/// 1 negative result, 2 usage or input error (ArgumentParser's own usage
/// code, 64, becomes 2).
@main
enum Main {
    static func main() async {
        do {
            var command = try ConcordCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error)
        }
    }

    static func exit(with error: any Error) -> Never {
        if let failure = error as? CLIFailure {
            FileHandle.standardError.write(Data("concord: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        }
        let code = ConcordCommand.exitCode(for: error)
        let message = ConcordCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            Foundation.exit(0)
        }
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}
