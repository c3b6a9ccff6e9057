import Foundation
import SharewellStore

/// How to run the web application, gathered from flags and environment by the `sharewell` command.
public struct ServeSettings: Sendable {
    public var location: DatabaseLocation
    public var hostname: String
    public var port: Int
    /// Load the synthetic borough and its demo accounts into an empty database at start-up.
    public var demo: Bool
    public var demoPeople: Int
    public var demoSeed: UInt64
    /// The server key (`SHAREWELL_KEY_FILE`); in development a missing one is generated.
    public var keyFile: String
    public var createKeyIfMissing: Bool
    /// The folder of signed audit checkpoints (`SHAREWELL_AUDIT_CHECKPOINTS`, outside the database;
    /// with several servers, a folder they share).
    public var checkpointFolder: String
    public var now: @Sendable () -> Date
    /// Job workers this server runs in its own process (`--workers`; 0 leaves the queue to
    /// `sharewell worker` processes). SQLite runs at most one.
    public var workers: Int = 1
    /// How often an idle worker looks for due jobs.
    public var workerPollInterval: Duration = .seconds(2)

    public init(location: DatabaseLocation, hostname: String = "127.0.0.1", port: Int = 8080,
                demo: Bool = false, demoPeople: Int = 3_000, demoSeed: UInt64 = 1,
                keyFile: String = "data/sharewell.key", createKeyIfMissing: Bool = true,
                checkpointFolder: String = "data/audit-checkpoints", now: @escaping @Sendable () -> Date = { Date() }) {
        self.location = location; self.hostname = hostname; self.port = port
        self.demo = demo; self.demoPeople = demoPeople; self.demoSeed = demoSeed
        self.keyFile = keyFile; self.createKeyIfMissing = createKeyIfMissing; self.checkpointFolder = checkpointFolder; self.now = now
    }
}
