import FluentKit
import Foundation
import SharewellCore

/// What forming a team, or sharing a note within it, reached: the members told, and those the gate
/// refused, in its words.
public struct TeamSharing: Sendable, Equatable {
    public var told: [String] = []
    public var notSent: [String] = []
}

extension Store {
    /// The centre records the family's registration and, where the parent consented to share
    /// non-sensitive development and health information within the centre's team, forms the team
    /// and sends each member the family through the gate: one transaction, so a registration is
    /// never kept without the team the parent agreed to (nor a team without its registration).
    /// `consentFor` is the team as the form showed it to the parent (codes), `nil` without consent:
    /// a team listed differently now is refused, so consent never names a member the parent was
    /// not told of. Without consent, a team formed before is left as it is (the parent withdraws
    /// consent on the family's team page).
    public func registerFamily(_ id: UUID, on day: CalendarDate, consentFor shown: [String]?, by actor: ActingUser, at date: Date) async throws -> TeamSharing {
        let members = try await ownCentreTeam(of: actor)
        if let shown, Set(shown) != Set(members.map(\.code)) {
            let now = members.isEmpty ? "no longer lists any member" : "is now " + members.map(\.words).joined(separator: "; ")
            throw StoreError.invalidFields([.init(field: "team", message: "The centre's team changed since this page was shown: it \(now). Tell the parent, and ask again")])
        }
        return try await inOneTransaction { store in
            try await store.recordRegistration(on: day, for: id, by: actor, at: date)
            guard shown != nil, !members.isEmpty else { return TeamSharing() }
            return try await store.formFamilyTeam(id, members: members, consentOn: day, by: actor, at: date)
        }
    }

    /// The family's team under this consent: any team before it ends (its members' copies and
    /// every note go), and a new one names the members listed now; each is sent the family
    /// through the gate.
    private func formFamilyTeam(_ birthID: UUID, members: [TeamMember], consentOn day: CalendarDate, by actor: ActingUser, at date: Date) async throws -> TeamSharing {
        guard let centreID = actor.organisationID else { throw StoreError.notAParty }
        let earlier = try await FamilyTeamModel.held(by: actor, on: db).filter(\.$birthID == birthID).all()
        try await Self.endTeams(earlier.filter { $0.withdrawnAt == nil }, by: actor, at: date, on: db)
        for old in earlier { try await old.delete(on: db) }
        let team = FamilyTeamModel()
        team.centreID = centreID; team.birthID = birthID; team.consentGivenOn = day.description
        team.recordedBy = actor.displayName; team.recordedAt = date
        try await team.create(on: db)
        let teamID = try team.requireID()
        var parties: [String: FamilyTeamPartyModel] = [:]
        for organisation in try await OrganisationModel.query(on: db).filter(\.$code ~~ members.map(\.code)).all() {
            let party = FamilyTeamPartyModel()
            party.teamID = teamID; party.$member.id = try organisation.requireID(); party.sent = false
            try await party.create(on: db)
            parties[organisation.code] = party
        }
        try await AuditLog.append(.init(action: .familyTeamFormed, subject: "family-team:\(teamID.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                        detail: "consent given on \(day) for " + members.map(\.code).joined(separator: " ")), by: actor, at: date, on: db)
        var outcome = TeamSharing()
        // The team is new, so its sendings are: the same family sent under a new consent is a new sending.
        for member in members {
            let request = SharingRequest(recipient: member.code, purpose: .familyTeam, items: [.parentNames, .dateOfBirth, .address, .postcode],
                                         bulk: true, subjects: [teamID], period: "family team")
            let sent = try await share(request, from: FamilyTeamSource(), by: actor, at: date) { delivery in
                try await Self.keepFamily(delivery, team: teamID, centre: actor.organisationCode, at: date)
            }
            if outcome.record(sent, for: member), let party = parties[member.code] {
                party.sent = true
                try await party.update(on: db)
            }
        }
        return outcome
    }

    /// A member's copy of the family: new, or brought up to date.
    private static func keepFamily(_ delivery: Delivery, team: UUID, centre: String, at date: Date) async throws {
        guard let person = delivery.grant.people.first else { return }
        let existing = try await delivery.recipientRows(FamilyTeamCopyModel.self).filter(\.$teamID == team).first()
        let row = existing ?? FamilyTeamCopyModel()
        row.holderID = delivery.recipient; row.teamID = team; row.centreCode = centre; row.agreementID = delivery.grant.agreementID
        row.parentGivenName = person.givenName ?? ""; row.parentFamilyName = person.familyName ?? ""
        row.babyDateOfBirth = person.items[.dateOfBirth] ?? ""; row.address = person.items[.address] ?? ""; row.postcode = person.items[.postcode] ?? ""
        row.receivedAt = date
        if existing == nil { try await delivery.keep(row) } else { try await delivery.change(row) }
    }

    /// The parent withdrew consent: the team ends, and every member's copy of the family and every
    /// note shared within the team are removed at once (outside the gate: it only removes), audited.
    public func withdrawFamilyTeam(_ teamID: UUID, by actor: ActingUser, at date: Date) async throws {
        guard Self.mayWorkBirths(actor) else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            guard let team = try await FamilyTeamModel.held(by: actor, on: tx).filter(\.$id == teamID).filter(\.$withdrawnAt == nil).first() else {
                throw StoreError.unknownPerson
            }
            try await Self.endTeams([team], by: actor, at: date, on: tx)
        }
    }

    /// Ends the teams of these families on centres' lists (withdrawn, moved away, or destroyed at
    /// the end of retention): a team never outlives the family's place on its centre's list.
    static func endTeams(ofBirths births: [UUID], by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        guard !births.isEmpty else { return }
        try await endTeams(FamilyTeamModel.everyOrganisation(on: tx).filter(\.$birthID ~~ births).filter(\.$withdrawnAt == nil).all(), by: actor, at: date, on: tx)
    }

    /// Ends these teams: each member's copy of the family and every note of the team are removed.
    static func endTeams(_ teams: [FamilyTeamModel], by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        for team in teams {
            let id = try team.requireID()
            team.withdrawnAt = date
            try await team.update(on: tx)
            try await FamilyTeamCopyModel.everyOrganisation(on: tx).filter(\.$teamID == id).delete()
            // Every note of the team, at every member (the centre too): a later consent starts afresh.
            try await TeamNoteReceivedModel.everyOrganisation(on: tx).filter(\.$teamID == id).delete()
            try await TeamNoteWrittenModel.everyOrganisation(on: tx).filter(\.$teamID == id).delete()
            try await AuditLog.append(.init(action: .familyTeamWithdrawn, subject: "family-team:\(id.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                            detail: "ended: the family and the notes were removed from every member"), by: actor, at: date, on: tx)
        }
    }
}

extension TeamSharing {
    /// Notes where the sending reached; whether it did.
    @discardableResult
    mutating func record(_ sent: Result<SharingGrant, SharingRefusal>, for member: TeamMember) -> Bool {
        switch sent {
        case .success: told.append(member.words); return true
        case .failure(let refusal) where refusal.isRepeat: told.append(member.words); return true
        case .failure(let refusal): notSent.append("\(member.words): \(refusal.words)"); return false
        }
    }
}

/// The centre's registered families as subjects of the team's sending: only a team whose consent
/// stands, about a family still on the centre's list, and only to a member the consent names.
struct FamilyTeamSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.organisationKind == .childrensCentre, request.purpose == .familyTeam else { return nil }
        let teams = try await FamilyTeamModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects).filter(\.$withdrawnAt == nil).all()
        guard teams.count == Set(request.subjects).count else { return nil }
        var subjects: [SharingSubject] = []
        for team in teams {
            let id = try team.requireID()
            guard try await FamilyTeamPartyModel.query(on: database).filter(\.$teamID == id).join(parent: \.$member)
                      .filter(OrganisationModel.self, \.$code == request.recipient).first() != nil,
                  let birth = try await BirthReceivedModel.held(by: actor, on: database).filter(\.$id == team.birthID)
                      .filter(\.$toContact == true).filter(\.$withdrawnAt == nil).first()
            else { return nil }
            var items: [DataItem: String] = [:]
            for item in request.items {
                switch item {
                case .parentNames: items[item] = [birth.parentGivenName ?? "", birth.parentFamilyName ?? ""].joined(separator: " ")
                case .dateOfBirth: items[item] = birth.babyDateOfBirth ?? ""
                case .address: items[item] = birth.address ?? ""
                case .postcode: items[item] = birth.postcode ?? ""
                default: return nil
                }
            }
            subjects.append(SharingSubject(id: id, person: id, items: items,
                                           nameParts: .init(given: birth.parentGivenName ?? "", family: birth.parentFamilyName ?? "")))
        }
        return subjects
    }
}
