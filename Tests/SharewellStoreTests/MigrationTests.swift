import FluentKit
import Foundation
import SQLKit
import SharewellDemo
import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("every migration runs, reverts and runs again", arguments: TestDatabase.available)
    func revertAndReapply(_ database: TestDatabase) async throws {
        try await database.withFresh { location async throws in
            let databases = try StoreDatabases(location)
            defer { Task { await databases.shutdown() } }
            try await databases.store.addOrganisations([.sample()])
            try await databases.revertAll(extra: DemoBorough.migrations)
            await #expect(throws: (any Error).self) { try await databases.store.organisationCount() }
            try await databases.migrate(extra: DemoBorough.migrations)
            #expect(try await databases.store.organisationCount() == 0)
        }
    }

    @Test("an SQLite database is kept in write-ahead-log mode, so readers do not wait for the writer")
    func writeAheadLog() async throws {
        try await TestDatabase.sqlite.withFresh { location async throws in
            let databases = try StoreDatabases(location)
            defer { Task { await databases.shutdown() } }
            let rows = try await (databases.database as! any SQLDatabase).raw("PRAGMA journal_mode").all()
            #expect(try rows.first?.decode(column: "journal_mode", as: String.self) == "wal")
        }
    }

    @Test("SQLite is the default, under ./data; DATABASE_URL switches to PostgreSQL")
    func location() {
        #expect(DatabaseLocation.fromEnvironment([:]) == .sqlite(path: "data/sharewell.sqlite"))
        #expect(DatabaseLocation.fromEnvironment(["DATABASE_URL": ""]) == .sqlite(path: "data/sharewell.sqlite"))
        #expect(DatabaseLocation.fromEnvironment(["DATABASE_URL": "postgres://u:p@h/db"]) == .postgres(url: "postgres://u:p@h/db"))
    }

    @Test("a PostgreSQL URL's password never reaches the logs")
    func safeDescription() {
        #expect(DatabaseLocation.postgres(url: "postgres://u:secret@h:5432/db").safeDescription == "PostgreSQL postgres://u:***@h:5432/db")
    }

    @Test("a malformed DATABASE_URL is refused with a message saying how to write it")
    func badURL() {
        #expect(throws: StoreError.databaseURL) { try StoreDatabases(.postgres(url: "mysql://nope")) }
        #expect(StoreError.databaseURL.message.contains("postgres://"))
    }

    @Test("CI provides a PostgreSQL server, so the store is tested on both databases",
          .enabled(if: ProcessInfo.processInfo.environment["CI"] != nil))
    func postgresInCI() {
        #expect(TestDatabase.postgresURL != nil)
    }
}
