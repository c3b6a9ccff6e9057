import SharewellCore
import SharewellStore
import Vapor

/// A 403 worded with names the error middleware looks up: the user's organisation, the role a
/// permission needs and whom to ask, or the kind of organisation a page is for. "Your role does not
/// allow this. Ask your organisation's administrator" named neither, and told an administrator to
/// ask the administrator (review of issue 17, item 11).
enum AccessRefusal: Error {
    /// The user's role (or token's scopes) lacks the permission.
    case permission(Permission, ActingUser)
    /// The page is for another kind of organisation: `work` says what it is for ("the attendance inbox").
    case organisationKind(OrganisationKind, ActingUser, work: String)

    /// The refusal as a sentence, with the names from the directory.
    func words(_ store: Store) async -> String {
        switch self {
        case .permission(let permission, let user):
            return Self.permissionWords(permission, user, organisation: await Self.name(user.organisationCode, store))
        case .organisationKind(let kind, let user, let work):
            let own = await Self.name(user.organisationCode, store)
            let examples = ((try? await store.directory(.init(kind: kind))) ?? []).prefix(2).map(\.name)
            let such = examples.isEmpty ? "" : " such as \(examples.joined(separator: " or "))"
            return "\(work.prefix(1).uppercased() + work.dropFirst()) is for \(kind.pluralName.lowercased())\(such). You are signed in for \(own), which is not one."
        }
    }

    private static func permissionWords(_ permission: Permission, _ user: ActingUser, organisation: String) -> String {
        guard let role = user.role else {
            return "This API token cannot \(permission.words). Ask an administrator of \(organisation) for a token with the scope that allows it."
        }
        let needed = permission.roles.map { $0.displayName.lowercased() }
        let opening = "Your account at \(organisation) is \(article(role.displayName)) \(role.displayName.lowercased()), which cannot \(permission.words)."
        guard !needed.isEmpty else { return opening + " No role can: it is done by the server itself, or by an API token." }
        let holders = " That is done by \(article(needed[0])) " + list(needed) + "."
        // An account holds one role: an administrator cannot give themselves another.
        if role == .administrator {
            return opening + holders + " Ask a colleague at \(organisation) who holds that role; if the work is yours, another administrator can make you a separate account for it, which a safeguarding or IG lead approves."
        }
        return opening + holders + " If the work is yours, ask an administrator of \(organisation) for an account with that role."
    }

    private static func name(_ code: String, _ store: Store) async -> String {
        guard let entry = try? await store.organisation(code: code) else { return "your organisation (\(code))" }
        return "\(entry.name) (\(code))"
    }

    private static func article(_ word: String) -> String { "aeiouAEIOU".contains(word.first ?? "x") ? "an" : "a" }

    private static func list(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
