public import ConcordStore
public import Foundation
import SQLiteStore

/// One Concord node: its data directory and the store inside it.
///
/// Everything the node does goes through ``administration`` (organizations,
/// tokens, collections, grants) or an ``Ingestor`` (objects). The CLI and the
/// HTTP server are thin shells around these.
///
/// ```swift
/// let node = try ConcordNode.open(dataDirectory: URL(filePath: "concord-data"))
/// let org = try await node.administration.createOrganization(named: "city-cert")
/// ```
public struct ConcordNode: Sendable {
    /// The directory holding the node's files.
    public let dataDirectory: URL
    /// The node's persistence.
    public let store: any Store

    /// Creates a node over an already opened store.
    public init(dataDirectory: URL, store: any Store) {
        self.dataDirectory = dataDirectory
        self.store = store
    }

    /// The file name of the embedded SQLite store inside the data directory.
    public static let sqliteFileName = "concord.sqlite"

    /// Opens the node in `dataDirectory`, creating the directory (mode 0700)
    /// and an embedded SQLite store on first use.
    /// - Throws: ``ConcordError`` naming the directory and the reason.
    public static func open(dataDirectory: URL) throws(ConcordError) -> ConcordNode {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: dataDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ConcordError(.invalidArgument, "cannot create the data directory \(dataDirectory.path): \(error.localizedDescription)")
        }
        let path = dataDirectory.appendingPathComponent(sqliteFileName).path
        do {
            return ConcordNode(dataDirectory: dataDirectory, store: try SQLiteStore(path: path))
        } catch let error as StoreError {
            throw ConcordError(.storage, error.message)
        } catch {
            throw ConcordError(.storage, "cannot open the store at \(path): \(error)")
        }
    }

    /// The administrative operations of this node.
    public var administration: Administration { Administration(store: store) }
}
