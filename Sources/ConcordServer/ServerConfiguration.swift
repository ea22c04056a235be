import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// How a Concord server listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The largest request body accepted (TAXII `max_content_length`), in bytes.
    public var maxContentLength: Int
    /// The largest page a listing returns.
    public var maximumPageSize: Int
    /// The title shown in TAXII discovery.
    public var title: String

    /// Creates a configuration with sensible defaults.
    public init(host: String = "127.0.0.1", port: Int = 8080, maxContentLength: Int = 32 * 1024 * 1024,
                maximumPageSize: Int = 1_000, title: String = "Concord") {
        self.host = host
        self.port = port
        self.maxContentLength = maxContentLength
        self.maximumPageSize = maximumPageSize
        self.title = title
    }

    /// The path of the one API root, below discovery.
    public static let apiRootPath = "/taxii2/api/"
}
