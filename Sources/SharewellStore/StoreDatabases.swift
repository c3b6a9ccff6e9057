import FluentKit
import Logging
import NIOCore
import NIOPosix

/// The store's databases outside a web server (the `sharewell` commands and the tests):
/// opens the configured database, migrates it, and closes it again.
public final class StoreDatabases: Sendable {
    public let location: DatabaseLocation
    public let databases: Databases
    private let logger: Logger

    public init(_ location: DatabaseLocation, logger: Logger = Logger(label: "sharewell.store")) throws(StoreError) {
        self.location = location
        self.logger = logger
        databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(try location.configuration(), as: location.databaseID, isDefault: true)
    }

    /// A connection-pool handle on the default database.
    public var database: any Database {
        databases.database(logger: logger, on: databases.eventLoopGroup.any())!
    }

    public var store: Store { Store(database) }

    /// Runs every migration not yet run, in order; `extra` (the demo's) after the store's.
    public func migrate(extra: [any Migration] = []) async throws {
        try await location.prepare(database)
        let migrator = migrator(extra)
        try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
    }

    /// Reverts every migration, newest first (used to prove each has a working revert).
    public func revertAll(extra: [any Migration] = []) async throws {
        try await migrator(extra).revertAllBatches().get()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }

    private func migrator(_ extra: [any Migration]) -> Migrator {
        let migrations = Migrations()
        migrations.add(StoreMigrations.all + extra)
        return Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any(), migrationLogLevel: .debug)
    }
}
