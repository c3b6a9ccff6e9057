import FluentKit
import Foundation
import SQLKit
import SharewellDemo
import SharewellStore

/// Real databases for tests: a new SQLite file per test, and a new PostgreSQL database per test
/// copied from a migrated template, on the server `.ci/run` starts (`SHAREWELL_TEST_POSTGRES_URL`).
public enum TestDatabase: String, CaseIterable, Sendable {
    case sqlite, postgres


    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SHAREWELL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The databases this run can reach: PostgreSQL only when a server was given.
    public static var available: [TestDatabase] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Runs `body` with a new, migrated, empty database, removed afterwards.
    public func withFresh<T>(_ body: (DatabaseLocation) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sharewell-test-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let databases = try StoreDatabases(.sqlite(path: path))
            try await databases.migrate(extra: DemoBorough.migrations)
            await databases.shutdown()
            return try await body(.sqlite(path: path))
        case .postgres:
            let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await PostgresTemplate.shared.createDatabase(name)
            do {
                let result = try await body(.postgres(url: PostgresTemplate.url(database: name)))
                try await PostgresTemplate.shared.dropDatabase(name)
                return result
            } catch {
                try? await PostgresTemplate.shared.dropDatabase(name)
                throw error
            }
        }
    }

    /// Runs `body` with the URL of a new, empty PostgreSQL database (not migrated), dropped afterwards:
    /// for tests that load a database written by an older version.
    public static func withEmptyPostgres<T>(_ body: (String) async throws -> T) async throws -> T {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await PostgresTemplate.createEmpty(name)
        do {
            let result = try await body(PostgresTemplate.url(database: name))
            try await PostgresTemplate.shared.dropDatabase(name)
            return result
        } catch {
            try? await PostgresTemplate.shared.dropDatabase(name)
            throw error
        }
    }

    /// Runs `body` with an open store on a new database, closing it afterwards.
    public func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        try await withFresh { location in
            let databases = try StoreDatabases(location)
            do {
                // A server key of the test's own, as the server has: sealing and pseudonyms need one.
                let result = try await body(Store(databases.database, secrets: ServerSecrets(serverKey: .generate())))
                await databases.shutdown()
                return result
            } catch {
                await databases.shutdown()
                throw error
            }
        }
    }
}

/// Migrates `sharewell_template` once per test process; each test copies it, which is far
/// quicker than migrating every database (SwiftPackageIndex-Server does the same with snapshots).
actor PostgresTemplate {
    static let shared = PostgresTemplate()
    static let templateName = "sharewell_template"
    private var ready: Task<Void, any Error>?

    static func url(database: String) -> String {
        var parts = URLComponents(string: TestDatabase.postgresURL!)!
        parts.path = "/" + database
        return parts.string!
    }

    func createDatabase(_ name: String) async throws {
        if ready == nil { ready = Task { try await Self.buildTemplate() } }
        try await ready!.value
        try await Self.maintenance { try await $0.raw("CREATE DATABASE \(ident: name) TEMPLATE \(ident: Self.templateName) STRATEGY = file_copy").run() }
    }

    func dropDatabase(_ name: String) async throws {
        try await Self.maintenance { try await $0.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
    }

    static func createEmpty(_ name: String) async throws {
        try await maintenance { try await $0.raw("CREATE DATABASE \(ident: name) TEMPLATE template0").run() }
    }

    private static func buildTemplate() async throws {
        try await maintenance { sql in
            try await sql.raw("DROP DATABASE IF EXISTS \(ident: templateName) WITH (FORCE)").run()
            try await sql.raw("CREATE DATABASE \(ident: templateName)").run()
        }
        let databases = try StoreDatabases(.postgres(url: url(database: templateName)))
        do { try await databases.migrate(extra: DemoBorough.migrations) } catch { await databases.shutdown(); throw error }
        // Closing every connection matters: PostgreSQL copies a template only when nobody is connected.
        await databases.shutdown()
    }

    private static func maintenance(_ body: (any SQLDatabase) async throws -> Void) async throws {
        let databases = try StoreDatabases(.postgres(url: TestDatabase.postgresURL!))
        do { try await body(databases.database as! any SQLDatabase) } catch { await databases.shutdown(); throw error }
        await databases.shutdown()
    }
}
