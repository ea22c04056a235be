import Concord
import Foundation

/// Shows an import's progress: a redrawn bar on a terminal (objects,
/// objects/s, time left), or one summary line per file otherwise.
final class ImportProgressDisplay: @unchecked Sendable {
    let file: String
    let isTerminal = isatty(STDERR_FILENO) == 1
    let start = Date()
    private var lastDraw = Date.distantPast

    init(file: String) {
        self.file = file
    }

    /// Redraws the bar at most ten times a second.
    func update(_ progress: IngestProgress) {
        guard isTerminal, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let fraction = progress.totalBytes > 0 ? Double(progress.bytesRead) / Double(progress.totalBytes) : 0
        let rate = Double(progress.objectsRead) / elapsed
        let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        write("\r[\(bar)] \(Int(fraction * 100))% \(progress.objectsRead) objects, \(Int(rate)) objects/s, ETA \(Int(remaining.rounded(.up)))s ")
    }

    /// Erases the bar so a message can be printed on a clean line.
    func clearLine() {
        if isTerminal && lastDraw != .distantPast { write("\r\u{1B}[K") }
    }

    /// Prints the summary line for the file.
    func finish(_ summary: IngestProgress) {
        clearLine()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Int(Double(summary.objectsRead) / elapsed)
        let line = "\(file): \(summary.objectsRead) objects: \(summary.stored) stored, \(summary.unchanged) unchanged, "
            + "\(summary.rejected) rejected in \(String(format: "%.2f", elapsed))s (\(rate) objects/s)\n"
        write(line)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
