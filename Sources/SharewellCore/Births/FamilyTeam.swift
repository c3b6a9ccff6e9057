import Foundation

/// The team around the family (seed 003, paragraph 21; case studies 3 and 15): the organisations
/// the LA lists for a children's centre (health visiting, the centre, others) share non-sensitive
/// development and health information about a registered family within the team, under the
/// parent's consent given at registration; and the health visitor's 14-day check refers a
/// vulnerable family to the centre, with the parent's permission.
public enum FamilyTeam {
    /// Who the early years team may list as a centre's team members besides the centre itself.
    public static let memberKinds: [OrganisationKind] = [.healthVisiting, .gpPractice, .earlyHelp, .sendService, .earlyYears]

    /// The longest note a member shares: development and health information in a few sentences.
    public static let noteLimit = 2_000
    /// The longest reason a health visitor gives for a referral.
    public static let reasonLimit = 1_000
    /// The longest name or address line a referral carries.
    public static let lineLimit = 200

    /// A note's text, trimmed, or the problem with it (`field` names the form's text box).
    public static func note(_ text: String, field: String = "note") -> Result<String, FieldProblem> {
        bounded(text, limit: noteLimit, field: field, naming: "the information to share")
    }

    /// Text someone typed, trimmed: required, and at most `limit` characters.
    static func bounded(_ text: String, limit: Int, field: String, naming name: String) -> Result<String, FieldProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(.init(field: field, message: "Enter \(name)")) }
        if trimmed.count > limit {
            return .failure(.init(field: field, message: "\(name.prefix(1).uppercased() + name.dropFirst()) must be \(limit) characters or fewer (it has \(trimmed.count))"))
        }
        return .success(trimmed)
    }
}

extension SharingPurpose {
    /// Non-sensitive development and health information about a registered family, shared within
    /// the centre's team under the parent's consent given at registration.
    public static let familyTeam = Self("family-team", displayName: "Team around the family (children's centre)",
                                        dataItems: [.parentNames, .dateOfBirth, .address, .postcode, .developmentNotes])
    /// A health visitor's referral of a vulnerable family to its children's centre after the
    /// 14-day new birth visit, with the parent's permission.
    public static let vulnerableFamilyReferral = Self("vulnerable-family-referral", displayName: "Vulnerable family referral (14-day check)",
                                                      dataItems: [.parentNames, .dateOfBirth, .address, .postcode, .referralReason])
}

extension DataItem {
    public static let developmentNotes = Self("development-notes", displayName: "Development and health information (non-sensitive)")
    public static let referralReason = Self("referral-reason", displayName: "Why the family is referred")
}

/// A health visitor's referral as typed: every field read, each problem against its field.
public struct FamilyReferralDraft: Sendable, Equatable {
    public var parentGivenName = "", parentFamilyName = "", address = "", postcode = "", reason = ""
    /// Whether the parent gave permission to refer (the form's box, ticked).
    public var permission = false

    public static let fields = ["parent-given-name", "parent-family-name", "address", "postcode", "born", "reason", "permission", "permission-on"]

    public init(parentGivenName: String = "", parentFamilyName: String = "", address: String = "", postcode: String = "", reason: String = "", permission: Bool = false) {
        self.parentGivenName = parentGivenName; self.parentFamilyName = parentFamilyName; self.address = address
        self.postcode = postcode; self.reason = reason; self.permission = permission
    }

    /// The referral's text fields as they will be kept (trimmed; the postcode in its standard
    /// form), or every problem with them.
    public func read() -> Result<FamilyReferralText, InvalidFields> {
        var problems: [FieldProblem] = []
        func take(_ result: Result<String, FieldProblem>) -> String {
            switch result { case .success(let text): return text; case .failure(let problem): problems.append(problem); return "" }
        }
        let given = take(FamilyTeam.bounded(parentGivenName, limit: FamilyTeam.lineLimit, field: "parent-given-name", naming: "the parent's given name"))
        let family = take(FamilyTeam.bounded(parentFamilyName, limit: FamilyTeam.lineLimit, field: "parent-family-name", naming: "the parent's family name"))
        let line = take(FamilyTeam.bounded(address, limit: FamilyTeam.lineLimit, field: "address", naming: "the family's address"))
        var code = ""
        if postcode.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "postcode", message: "Enter the family's postcode")) }
        else if let read = try? Postcode(postcode) { code = read.value }
        else { problems.append(.init(field: "postcode", message: "Enter a real postcode, like AW1 2AB")) }
        let why = take(FamilyTeam.bounded(reason, limit: FamilyTeam.reasonLimit, field: "reason", naming: "why the family is referred"))
        if !permission { problems.append(.init(field: "permission", message: "A family is referred only with the parent's permission: confirm it was given")) }
        guard problems.isEmpty else { return .failure(.init(problems: problems)) }
        return .success(.init(parentGivenName: given, parentFamilyName: family, address: line, postcode: code, reason: why))
    }
}

/// A referral's text as read from the form.
public struct FamilyReferralText: Sendable, Equatable {
    public let parentGivenName, parentFamilyName, address, postcode, reason: String
}
