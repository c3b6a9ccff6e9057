import ArgumentParser
import Foundation
import SharewellCore
import SharewellStore

extension Sharewell {
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage API tokens for machine clients.", subcommands: [Create.self])
    }
}

extension Sharewell.Token {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token for an organisation; the token is printed once and stored only as a hash.")

        @Option(help: "The organisation's directory code.")
        var org: String
        @Option(help: "What the token may do (repeat for several): \(APIScope.allCases.map(\.rawValue).joined(separator: ", ")).")
        var scope: [String]
        @Option(help: "What the token is for.")
        var name = "API client"

        func validate() throws {
            guard !scope.isEmpty else { throw ValidationError(StoreError.noScopes.message) }
            for s in scope { do { _ = try APIScope(parsing: s) } catch { throw ValidationError(error.message) } }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let scopes = Set(scope.compactMap(APIScope.init(rawValue:)))
            let created = try await {
                do {
                    return try await CommandEnvironment.withDatabases { databases in
                        try await CommandEnvironment.migrate(databases)
                        let created = try await databases.store.createAPIToken(organisationCode: org, name: name, scopes: scopes, by: .system("token create"), at: Date())
                        try await CommandEnvironment.writeCheckpoint(databases)
                        return created
                    }
                } catch let error as StoreError {
                    throw error.validationError
                }
            }()
            print(created.secret)
        }
    }
}
