public import ConcordStore
import Foundation
import GRDB

/// The embedded back end of ``Store``: one SQLite file in WAL mode.
///
/// Zero set-up: the file and its schema are created on first open, and
/// versioned migrations bring older files up to date. Every write is one
/// transaction with `synchronous = FULL`, so what a call acknowledged
/// survives a crash of the process or of the machine.
///
/// ```swift
/// let store = try SQLiteStore(path: "concord-data/concord.sqlite")
/// try await store.createOrganization(org)
/// ```
public final class SQLiteStore: Store {
    let pool: DatabasePool
    /// Always true for users of the store; only the ledger benchmark turns it
    /// off (through SPI) to measure what the ledger costs.
    let appendsLedgerEntries: Bool

    /// Opens (creating if needed) the database at `path` and migrates it.
    /// - Throws: ``StoreError`` with code `unavailable` naming the file and the reason.
    public convenience init(path: String) throws {
        try self.init(path: path, appendsLedgerEntries: true)
    }

    /// A store that can skip ledger entries, breaking invariant 2 on purpose:
    /// for the benchmark that measures the ledger's cost, never for a node.
    @_spi(Benchmarks)
    public init(path: String, appendsLedgerEntries: Bool) throws {
        self.appendsLedgerEntries = appendsLedgerEntries
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "concord"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw StoreError(.unavailable, "cannot open the SQLite store at \(path): \(error)")
        }
    }

    /// Runs a write transaction, mapping database errors to ``StoreError``.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(updates)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError(.alreadyExists, "already exists: \(error.message ?? "constraint violated")")
        } catch {
            throw StoreError(.backend, "SQLite write failed: \(error)")
        }
    }

    /// Runs a read, mapping database errors to ``StoreError``.
    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(value)
        } catch {
            throw StoreError(.backend, "SQLite read failed: \(error)")
        }
    }
}
