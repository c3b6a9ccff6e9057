import ArgumentParser
import SharewellStore

extension Sharewell {
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date.")

        @Flag(help: "Revert every migration instead (deletes all data).")
        var revertAll = false

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            do {
                try await CommandEnvironment.withDatabases { databases in
                    if revertAll { try await databases.revertAll() } else { try await databases.migrate() }
                }
            } catch let error as StoreError {
                throw error.validationError
            }
            print(revertAll ? "Reverted every migration." : "The database is up to date (\(CommandEnvironment.location.safeDescription)).")
        }
    }
}
