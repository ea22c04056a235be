public import ConcordStore
public import Foundation
import GRDB
public import Ledger

extension SQLiteStore {
    public func ledgerHead() async throws -> LedgerHead? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT size, note FROM ledger_checkpoints WHERE published ORDER BY size DESC LIMIT 1").map {
                LedgerHead(size: UInt64($0["size"] as Int64), checkpoint: $0["note"])
            }
        }
    }

    public func ledgerTip() async throws -> LedgerHead? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT size, note FROM ledger_checkpoints ORDER BY size DESC LIMIT 1").map {
                LedgerHead(size: UInt64($0["size"] as Int64), checkpoint: $0["note"])
            }
        }
    }

    public func unsequencedEntryCount(limit: Int) async throws -> Int {
        try await read { db in
            let waiting = try LedgerEntryReader.appendedCount(in: db) - LedgerEntryReader.integratedSize(in: db)
            return Int(min(max(waiting, 0), Int64(limit)))
        }
    }

    public func unsequencedEntries(limit: Int) async throws -> [PendingLedgerEntry] {
        try await read { db in
            let size = try LedgerEntryReader.integratedSize(in: db)
            let end = min(try LedgerEntryReader.appendedCount(in: db), size + Int64(limit))
            return try LedgerEntryReader.leaves(size..<max(end, size), in: db).enumerated().map { offset, leaf in
                PendingLedgerEntry(index: UInt64(size) + UInt64(offset), leaf: leaf)
            }
        }
    }

    public func ledgerTiles(_ ids: [TileID]) async throws -> [TileID: Data] {
        try await read { db in
            var found: [TileID: Data] = [:]
            let statement = try db.cachedStatement(sql: "SELECT contents FROM ledger_tiles WHERE level = ? AND tile_index = ? AND width = ?")
            for id in ids {
                if let contents = try Data.fetchOne(statement, arguments: [Int(id.level), Int64(id.index), Int(id.width)]) {
                    found[id] = contents
                }
            }
            return found
        }
    }

    public func ledgerTilePrefix(_ id: TileID) async throws -> Data? {
        try await read { db in
            try Data.fetchOne(db, sql: """
                SELECT contents FROM ledger_tiles WHERE level = ? AND tile_index = ? AND width >= ? ORDER BY width LIMIT 1
                """, arguments: [Int(id.level), Int64(id.index), Int(id.width)]).map { Data($0.prefix(id.byteCount)) }
        }
    }

    public func ledgerLeaves(_ range: Range<UInt64>) async throws -> [Data] {
        try await read { db in
            try LedgerEntryReader.leaves(Int64(range.lowerBound)..<Int64(range.upperBound), in: db)
        }
    }

    public func integrate(_ step: LedgerIntegration) async throws {
        try await write { db in
            let head = try Int64.fetchOne(db, sql: "SELECT MAX(size) FROM ledger_checkpoints")
            guard UInt64(head ?? 0) == step.oldSize, head != nil || step.oldSize == 0 else {
                throw StoreError(.conflict, "the log is at size \(head ?? 0), not \(step.oldSize): another sequencer is running")
            }
            let appended = try LedgerEntryReader.appendedCount(in: db)
            guard step.newSize <= UInt64(appended) else {
                throw StoreError(.conflict, "the log holds \(appended) entries; a checkpoint of size \(step.newSize) would cover entries that do not exist")
            }
            try Self.storeTiles(step.tiles, in: db)
            try db.execute(sql: "INSERT INTO ledger_checkpoints (size, note, published, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [Int64(step.newSize), step.checkpoint, step.publish, StoreTime.microseconds(Date())])
        }
    }

    /// Stores tiles; a full tile replaces the partial ones it completes.
    static func storeTiles(_ tiles: [(tile: TileID, contents: Data)], in db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO ledger_tiles (level, tile_index, width, contents) VALUES (?, ?, ?, ?)
            ON CONFLICT (level, tile_index, width) DO NOTHING
            """)
        for (tile, contents) in tiles {
            try insert.execute(arguments: [Int(tile.level), Int64(tile.index), Int(tile.width), contents])
            if !tile.isPartial {
                try db.execute(sql: "DELETE FROM ledger_tiles WHERE level = ? AND tile_index = ? AND width < ?",
                               arguments: [Int(tile.level), Int64(tile.index), Int(tile.width)])
            }
        }
    }

    public func publishCheckpoint(size: UInt64, checkpoint: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE ledger_checkpoints SET note = ?, published = TRUE WHERE size = ?", arguments: [checkpoint, Int64(size)])
        }
    }

    public func setting(_ key: String) async throws -> String? {
        try await read { db in try String.fetchOne(db, sql: "SELECT value FROM node_settings WHERE name = ?", arguments: [key]) }
    }

    public func initializeSetting(_ key: String, to value: String) async throws -> String {
        try await write { db in
            try db.execute(sql: "INSERT INTO node_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", arguments: [key, value])
            return try String.fetchOne(db, sql: "SELECT value FROM node_settings WHERE name = ?", arguments: [key]) ?? value
        }
    }
}
