import ArgumentParser

/// How a command prints data: lines for people, or JSON for tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}
