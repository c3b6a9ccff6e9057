import FluentKit
import Foundation
import SharewellCore

/// A demo account as the sign-in page lists it.
public struct DemoAccount: Sendable, Equatable {
    public let email: String
    public let role: Role
    public let organisationCode: String
    public let organisationName: String
}

extension Store {
    /// The demo password, shown on the sign-in page of a demo server and nowhere else.
    public static let demoPassword = "demo-password"

    /// One account per role per organisation, without two-factor, all with the demo password
    /// (whose hash the caller computes once: bcrypt per account would make start-up crawl).
    public func addDemoAccounts(passwordHash: String, at date: Date) async throws {
        for entry in try await directory() {
            for role in Role.allCases {
                let account = Self.demoEmail(role: role, code: entry.code)
                try await addUser(NewUser(organisationCode: entry.code, email: account, displayName: "\(role.displayName) (\(entry.name))",
                                          role: role, passwordHash: passwordHash), by: .system("demo"), at: date)
            }
        }
    }

    /// The demo account acting for `role` at `code`, as a session would: the demo's preloaded work is
    /// done by its people, so the audit log and the gate see it exactly as they see real work.
    public func demoActor(_ role: Role, at code: String) async throws -> ActingUser {
        guard let account = try await credentials(email: Self.demoEmail(role: role, code: code)),
              let actor = try await actingUser(account.userID) else { throw StoreError.unknownOrganisation(code) }
        return actor
    }

    public func demoAccounts() async throws -> [DemoAccount] {
        let users = try await UserModel.query(on: db).filter(\.$email, .custom("LIKE"), "%.demo").with(\.$organisation).all()
        return try users.map { DemoAccount(email: $0.email, role: try stored("users.role", $0.role),
                                       organisationCode: $0.organisation.code, organisationName: $0.organisation.name) }
            .sorted { ($0.organisationName, $0.role.displayName) < ($1.organisationName, $1.role.displayName) }
    }

    /// A demo account's address: `<role>@<code>.demo`, for example `safeguardinglead@p81001.demo`.
    public static func demoEmail(role: Role, code: String) -> String {
        "\(role.rawValue.lowercased())@\(code.lowercased()).demo"
    }
}
