import Foundation

/// Prints rows as aligned columns under a header, for people reading listings.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table as lines, columns padded to their widest cell.
    var lines: [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }

    func print() {
        for line in lines { Swift.print(line) }
    }
}
