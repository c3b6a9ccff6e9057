import ArgumentParser
import Foundation
import SharewellCore
import SharewellStore
import SharewellWeb

extension Sharewell {
    struct User: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage accounts.", subcommands: [Add.self])
    }
}

extension Sharewell.User {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account (for example the first administrator).",
            discussion: "Prints a generated first password once, unless --password-stdin gives one.")

        @Option(help: "The organisation's directory code (URN, ODS code or LA team code).")
        var org: String
        @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: String
        @Option(help: "The email address the person signs in with.")
        var email: String
        @Option(help: "Their full name (default: the email address).")
        var name: String?
        @Flag(help: "Read the first password from standard input instead of generating one.")
        var passwordStdin = false

        func validate() throws {
            do { _ = try Role(parsing: role) } catch { throw ValidationError(error.message) }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let role = try Role(parsing: role)
            let password = passwordStdin ? (readLine(strippingNewline: true) ?? "") : Secrets.newToken()
            guard password.count >= Passwords.minimumLength else { throw StoreError.weakPassword.validationError }
            do {
                try await CommandEnvironment.withDatabases { databases in
                    try await CommandEnvironment.migrate(databases)
                    try await databases.store.addUser(NewUser(organisationCode: org, email: email, displayName: name ?? email, role: role,
                                                              passwordHash: try Passwords.hash(password)), by: .system("user add"), at: Date())
                    try await CommandEnvironment.writeCheckpoint(databases)
                }
            } catch let error as StoreError {
                throw error.validationError
            }
            print("Created \(role.displayName) \(email.lowercased()) in \(org.uppercased()).")
            if !passwordStdin { print("First password (shown once): \(password)") }
        }
    }
}
