import SharewellStore

/// How to run the web application, gathered from flags and environment by the `sharewell` command.
public struct ServeSettings: Sendable {
    public var location: DatabaseLocation
    public var hostname: String
    public var port: Int
    /// Load the synthetic borough into an empty database at start-up.
    public var demo: Bool
    public var demoPeople: Int
    public var demoSeed: UInt64

    public init(location: DatabaseLocation, hostname: String = "127.0.0.1", port: Int = 8080,
                demo: Bool = false, demoPeople: Int = 3_000, demoSeed: UInt64 = 1) {
        self.location = location; self.hostname = hostname; self.port = port
        self.demo = demo; self.demoPeople = demoPeople; self.demoSeed = demoSeed
    }
}
