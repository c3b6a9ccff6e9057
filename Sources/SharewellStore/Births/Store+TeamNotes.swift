import FluentKit
import Foundation
import SharewellCore

/// A family whose team the viewer's organisation is in, as the team's pages show it.
public struct TeamFamily: Sendable, Equatable {
    /// The team (the same id at every member).
    public let id: UUID
    public let parentName: String
    public let babyDateOfBirth: String
    public let address: String
    public let postcode: String
    /// The centre first, then the members the parent's consent names.
    public let members: [TeamMember]
    /// What the members shared within the team, newest first.
    public let notes: [TeamNote]
}

/// One note shared within a family's team.
public struct TeamNote: Sendable, Equatable {
    public let author: String
    public let organisation: String
    public let writtenAt: Date
    public let text: String
}

/// The actor's organisation's place in one family's team: the family as it holds it, and the
/// organisations in the team (codes).
struct TeamPlace {
    let teamID: UUID
    let parentGivenName: String, parentFamilyName: String, babyDateOfBirth: String, address: String, postcode: String
    let centreCode: String
    let memberCodes: [String]
    var everyone: [String] { [centreCode] + memberCodes.filter { $0 != centreCode } }
}

extension Store {
    /// Every family whose team the actor's organisation is in, by parent's name; the view is
    /// audited with each family shown.
    public func teamFamilies(for actor: ActingUser, at date: Date) async throws -> [TeamFamily] {
        guard actor.may(.viewIdentifiableRecords) else { return [] }
        let places = try await Self.teamPlaces(of: actor, only: nil, on: db)
        var families: [TeamFamily] = []
        for place in places { families.append(try await family(place, notes: [])) }
        families.sort { ($0.parentName, $0.babyDateOfBirth) < ($1.parentName, $1.babyDateOfBirth) }
        if !families.isEmpty {
            try await audit(.init(action: .teamFamiliesListed, subject: "family-teams:\(actor.organisationCode)", purpose: SharingPurpose.familyTeam.rawValue,
                                  detail: "\(families.count) families", people: families.map(\.id)), by: actor, at: date)
        }
        return families
    }

    /// One family's team page: the family, its members and every note shared, the view audited;
    /// `nil` when the actor's organisation is not in the team (or the consent was withdrawn).
    public func teamFamily(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> TeamFamily? {
        guard actor.may(.viewIdentifiableRecords), let place = try await Self.teamPlaces(of: actor, only: id, on: db).first else { return nil }
        let own = try await TeamNoteWrittenModel.held(by: actor, on: db).filter(\.$teamID == id).all()
            .map { (author: $0.authorName, code: $0.authorCode, at: $0.writtenAt, text: $0.text) }
        let received = try await TeamNoteReceivedModel.held(by: actor, on: db).filter(\.$teamID == id).all()
            .map { (author: $0.authorName, code: $0.authorCode, at: $0.writtenAt, text: $0.text) }
        let family = try await family(place, notes: (own + received).sorted { $0.at > $1.at })
        try await audit(.init(action: .teamFamilyViewed, subject: "family-team:\(id.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                              people: [id]), by: actor, at: date)
        return family
    }

    private func family(_ place: TeamPlace, notes: [(author: String, code: String, at: Date, text: String)]) async throws -> TeamFamily {
        let named = try await OrganisationModel.query(on: db).filter(\.$code ~~ place.everyone).all().reduce(into: [String: TeamMember]()) { $0[$1.code] = $1.teamMember }
        return TeamFamily(id: place.teamID, parentName: "\(place.parentGivenName) \(place.parentFamilyName)", babyDateOfBirth: place.babyDateOfBirth,
                          address: place.address, postcode: place.postcode, members: place.everyone.compactMap { named[$0] },
                          notes: notes.map { TeamNote(author: $0.author, organisation: named[$0.code]?.words ?? $0.code, writtenAt: $0.at, text: $0.text) })
    }

    /// Where the actor's organisation stands in each team it is in (or in the one team `only`):
    /// a centre in the teams it formed whose consent stands, a member in those it holds a copy of.
    static func teamPlaces(of actor: ActingUser, only: UUID?, on database: any Database) async throws -> [TeamPlace] {
        var places: [TeamPlace] = []
        if actor.organisationKind == .childrensCentre {
            var teams = FamilyTeamModel.held(by: actor, on: database).filter(\.$withdrawnAt == nil)
            if let only { teams = teams.filter(\.$id == only) }
            for team in try await teams.all() {
                guard let birth = try await BirthReceivedModel.held(by: actor, on: database).filter(\.$id == team.birthID)
                    .filter(\.$toContact == true).filter(\.$withdrawnAt == nil).first() else { continue }
                let id = try team.requireID()
                places.append(TeamPlace(teamID: id, parentGivenName: birth.parentGivenName ?? "", parentFamilyName: birth.parentFamilyName ?? "",
                                        babyDateOfBirth: birth.babyDateOfBirth ?? "", address: birth.address ?? "", postcode: birth.postcode ?? "",
                                        centreCode: actor.organisationCode, memberCodes: try await parties(of: id, on: database)))
            }
        }
        var copies = FamilyTeamCopyModel.held(by: actor, on: database)
        if let only { copies = copies.filter(\.$teamID == only) }
        for copy in try await copies.all() {
            places.append(TeamPlace(teamID: copy.teamID, parentGivenName: copy.parentGivenName, parentFamilyName: copy.parentFamilyName,
                                    babyDateOfBirth: copy.babyDateOfBirth, address: copy.address, postcode: copy.postcode,
                                    centreCode: copy.centreCode, memberCodes: try await parties(of: copy.teamID, on: database)))
        }
        return places
    }

    /// The members the parent's consent names for a team that were sent the family (codes): the
    /// team that shares. One the gate refused (no agreement) holds nothing and is sent no note.
    static func parties(of team: UUID, on database: any Database) async throws -> [String] {
        try await FamilyTeamPartyModel.query(on: database).filter(\.$teamID == team).filter(\.$sent == true).with(\.$member).all().map(\.member.code).sorted()
    }

    /// A member shares development or health information about the family with the rest of its
    /// team: the note is kept as the author's, and sent through the gate to every other member
    /// the parent's consent names (the centre among them), in one transaction.
    public func shareTeamNote(_ text: String, about teamID: UUID, by actor: ActingUser, at date: Date) async throws -> TeamSharing {
        guard actor.may(.decideSharing), let holder = actor.organisationID else { throw StoreError.notAParty }
        let written: String
        switch FamilyTeam.note(text) {
        case .success(let note): written = note
        case .failure(let problem): throw StoreError.invalidFields([problem])
        }
        guard let place = try await Self.teamPlaces(of: actor, only: teamID, on: db).first else { throw StoreError.unknownPerson }
        let others = try await OrganisationModel.query(on: db).filter(\.$code ~~ place.everyone.filter { $0 != actor.organisationCode }).all().compactMap(\.teamMember)
        return try await inOneTransaction { store in
            // Again inside the transaction: a withdrawal that committed meanwhile ends the team, and the note with it.
            guard try await Self.teamPlaces(of: actor, only: teamID, on: store.db).first != nil else { throw StoreError.unknownPerson }
            let note = TeamNoteWrittenModel()
            let id = UUID()
            note.id = id; note.holderID = holder; note.teamID = teamID
            note.authorCode = actor.organisationCode; note.authorName = actor.displayName; note.writtenAt = date; note.text = written
            try await note.create(on: store.db)
            try await AuditLog.append(.init(action: .teamNoteWritten, subject: "family-team:\(teamID.uuidString.lowercased())", purpose: SharingPurpose.familyTeam.rawValue,
                                            detail: "\(written.count) characters"), by: actor, at: date, on: store.db)
            var outcome = TeamSharing()
            for member in others {
                let request = SharingRequest(recipient: member.code, purpose: .familyTeam, items: [.developmentNotes], bulk: true, subjects: [id], period: "team note")
                let sent = try await store.share(request, from: TeamNoteSource(), by: actor, at: date) { delivery in
                    let copy = TeamNoteReceivedModel()
                    copy.holderID = delivery.recipient; copy.teamID = teamID; copy.noteRef = id; copy.authorCode = actor.organisationCode
                    copy.authorName = actor.displayName; copy.writtenAt = date; copy.text = delivery.grant.people.first?.items[.developmentNotes] ?? ""
                    try await delivery.keep(copy)
                }
                outcome.record(sent, for: member)
            }
            return outcome
        }
    }
}

/// A member's own notes as subjects of a sending within the family's team: only the author's, only
/// while the actor's organisation is in the team, and only to another organisation in it.
struct TeamNoteSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard request.purpose == .familyTeam, request.items == [.developmentNotes] else { return nil }
        let notes = try await TeamNoteWrittenModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects)
            .filter(\.$authorCode == actor.organisationCode).all()
        guard notes.count == Set(request.subjects).count else { return nil }
        var subjects: [SharingSubject] = []
        for note in notes {
            guard let place = try await Store.teamPlaces(of: actor, only: note.teamID, on: database).first,
                  place.everyone.contains(request.recipient) else { return nil }
            subjects.append(SharingSubject(id: try note.requireID(), person: note.teamID, items: [.developmentNotes: note.text]))
        }
        return subjects
    }
}
