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
    public func registerFamily(_ id: UUID, on day: CalendarDate, teamConsent: Bool, by actor: ActingUser, at date: Date) async throws -> TeamSharing {
        try await inOneTransaction { store in
            try await store.recordRegistration(on: day, for: id, by: actor, at: date)
            return teamConsent ? try await store.formFamilyTeam(id, consentOn: day, by: actor, at: date) : TeamSharing()
        }
    }

    /// The team of the family on the centre's list: the consent, the members it names (the
    /// centre's team as listed now) and each member's copy of the family, sent through the gate.
    private func formFamilyTeam(_ birthID: UUID, consentOn day: CalendarDate, by actor: ActingUser, at date: Date) async throws -> TeamSharing {
        guard let centreID = actor.organisationID else { throw StoreError.notAParty }
        let members = try await ownCentreTeam(of: actor)
        let team = try await FamilyTeamModel.held(by: actor, on: db).filter(\.$birthID == birthID).first() ?? FamilyTeamModel()
        team.centreID = centreID; team.birthID = birthID; team.consentGivenOn = day.description
        team.recordedBy = actor.displayName; team.recordedAt = date; team.withdrawnAt = nil
        try await team.save(on: db)
        let teamID = try team.requireID()
        try await FamilyTeamPartyModel.query(on: db).filter(\.$teamID == teamID).delete()
        let ids = try await OrganisationModel.query(on: db).filter(\.$code ~~ members.map(\.code)).all()
        for organisation in ids {
            let party = FamilyTeamPartyModel()
            party.teamID = teamID; party.$member.id = try organisation.requireID()
            try await party.create(on: db)
        }
        try await AuditLog.append(.init(action: .familyTeamFormed, subject: "family-team:\(teamID.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                        detail: "consent given on \(day) for " + (members.isEmpty ? "the centre alone" : members.map(\.code).joined(separator: " "))),
                                  by: actor, at: date, on: db)
        var outcome = TeamSharing()
        let source = FamilyTeamSource(), period = "family team since \(date.timeIntervalSince1970)"
        for member in members {
            let request = SharingRequest(recipient: member.code, purpose: .familyTeam, items: [.parentNames, .dateOfBirth, .address, .postcode],
                                         bulk: true, subjects: [teamID], period: period)
            let sent = try await share(request, from: source, by: actor, at: date) { delivery in
                try await Self.keepFamily(delivery, team: teamID, centre: actor.organisationCode, at: date)
            }
            outcome.record(sent, for: member)
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

    /// The parent withdrew consent: the team ends, and every member's copy of the family and of
    /// the notes it received is removed at once (outside the gate: it only removes), audited.
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

    /// Ends these teams: each member's copy of the family and the notes it received are removed.
    static func endTeams(_ teams: [FamilyTeamModel], by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        for team in teams {
            let id = try team.requireID()
            team.withdrawnAt = date
            try await team.update(on: tx)
            try await FamilyTeamCopyModel.everyOrganisation(on: tx).filter(\.$teamID == id).delete()
            try await TeamNoteReceivedModel.everyOrganisation(on: tx).filter(\.$teamID == id).filter(\.$holderID != team.centreID).delete()
            try await AuditLog.append(.init(action: .familyTeamWithdrawn, subject: "family-team:\(id.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                            detail: "consent withdrawn: the family and the notes were removed from every member"), by: actor, at: date, on: tx)
        }
    }
}

extension TeamSharing {
    mutating func record(_ sent: Result<SharingGrant, SharingRefusal>, for member: TeamMember) {
        switch sent {
        case .success: told.append(member.words)
        case .failure(let refusal) where refusal.isRepeat: told.append(member.words)
        case .failure(let refusal): notSent.append("\(member.words): \(refusal.words)")
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
