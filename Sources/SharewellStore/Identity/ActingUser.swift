import Foundation
import SharewellCore

/// Who is acting: a signed-in person, an organisation's API client, or a `sharewell` command.
/// Every store function that touches identifiable data takes one; scope is applied from it.
public struct ActingUser: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case person(userID: UUID, role: Role)
        case apiToken(tokenID: UUID, scopes: Set<APIScope>)
        case system(command: String)
        /// A command run on the server for one organisation, holding only what it needs
        /// (`sharewell attendance import --school` holds `importAttendance`).
        case command(name: String, permissions: Set<Permission>)
    }

    public let kind: Kind
    public let organisationID: UUID?
    public let organisationCode: String
    public let displayName: String
    /// What kind of organisation the actor acts for; pages offer only what fits it (a school sends marks, a practice reviews).
    public let organisationKind: OrganisationKind?

    public init(kind: Kind, organisationID: UUID?, organisationCode: String, displayName: String, organisationKind: OrganisationKind? = nil) {
        self.kind = kind; self.organisationID = organisationID
        self.organisationCode = organisationCode; self.displayName = displayName; self.organisationKind = organisationKind
    }

    /// A command run on the server itself (`sharewell demo`, `user add`, …).
    public static func system(_ command: String) -> ActingUser {
        ActingUser(kind: .system(command: command), organisationID: nil, organisationCode: "", displayName: "sharewell \(command)")
    }

    public var permissions: Set<Permission> {
        switch kind {
        case .person(_, let role): role.permissions
        case .apiToken(_, let scopes): Set(scopes.map(\.permission))
        case .system: []
        case .command(_, let permissions): permissions
        }
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

    public var role: Role? { if case .person(_, let role) = kind { role } else { nil } }
    public var userID: UUID? { if case .person(let id, _) = kind { id } else { nil } }

    /// How the audit log names the actor.
    public var auditActor: String {
        switch kind {
        case .person(let id, _): "user:\(id.uuidString.lowercased())"
        case .apiToken(let id, _): "token:\(id.uuidString.lowercased())"
        case .system(let command): "system:\(command)"
        case .command(let name, _): "system:\(name)"
        }
    }
}
