import FluentKit
import Foundation
import SharewellCore

/// An organisation in a team around the family, as the pages name it.
public struct TeamMember: Sendable, Hashable {
    public let code: String
    public let name: String
    public let kind: OrganisationKind
    public var words: String { "\(name) (\(code))" }
}

/// A children's centre's team around the family, as the LA's early years team listed it.
public struct CentreTeam: Sendable, Equatable {
    public let centreCode: String
    public let centreName: String
    public let members: [TeamMember]
}

extension Store {
    /// Every children's centre with the members its team lists, and the organisations the early
    /// years team may list (`FamilyTeam.memberKinds`). Names organisations, not people.
    public func centreTeams() async throws -> (teams: [CentreTeam], candidates: [TeamMember]) {
        let centres = try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.childrensCentre.rawValue).all()
        let rows = try await FamilyTeamMemberModel.query(on: db).with(\.$member).all()
        let candidates = try await OrganisationModel.query(on: db).filter(\.$kind ~~ FamilyTeam.memberKinds.map(\.rawValue)).all()
            .compactMap(\.teamMember).sorted { ($0.kind.displayName, $0.name) < ($1.kind.displayName, $1.name) }
        let teams = centres.sorted { $0.code.bytewiseLess(than: $1.code) }.map { centre in
            CentreTeam(centreCode: centre.code, centreName: centre.name,
                       members: rows.filter { $0.$centre.id == centre.id }.compactMap(\.member.teamMember).sorted { $0.name < $1.name })
        }
        return (teams, candidates)
    }

    /// The early years team lists a centre's team members (replacing the list before). Each must
    /// be an organisation of a kind a team may hold; any other code is refused, naming it.
    public func setCentreTeam(_ codes: [String], of centreCode: String, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.decideSharing), actor.organisationKind == .earlyYears else { throw StoreError.notAParty }
        guard let centre = try await OrganisationModel.query(on: db).filter(\.$code == centreCode)
            .filter(\.$kind == OrganisationKind.childrensCentre.rawValue).first(), let centreID = centre.id
        else { throw StoreError.unknownOrganisation(centreCode) }
        let wanted = Set(codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        let found = try await OrganisationModel.query(on: db).filter(\.$code ~~ wanted).filter(\.$kind ~~ FamilyTeam.memberKinds.map(\.rawValue)).all()
        let unknown = wanted.subtracting(found.map(\.code)).sorted()
        guard unknown.isEmpty else {
            // Named one by one up to a few; a form tampered with to send thousands gets one line.
            let named = unknown.count <= 5 ? unknown.map { "‘\($0)’" }.joined(separator: ", ") : "\(unknown.count) of the codes sent"
            throw StoreError.invalidFields([.init(field: "members", message: "\(named) \(unknown.count == 1 ? "is not an organisation" : "are not organisations") a team around the family may include")])
        }
        try await auditedTransaction { tx in
            try await FamilyTeamMemberModel.query(on: tx).filter(\.$centre.$id == centreID).delete()
            for member in found {
                let row = FamilyTeamMemberModel()
                row.$centre.id = centreID; row.$member.id = try member.requireID(); row.setBy = actor.displayName; row.setAt = date
                try await row.create(on: tx)
            }
            try await AuditLog.append(.init(action: .centreTeamSet, subject: "organisation:\(centreCode)", purpose: SharingPurpose.familyTeam.rawValue,
                                            detail: found.isEmpty ? "no members" : found.map(\.code).sorted().joined(separator: " ")), by: actor, at: date, on: tx)
        }
    }

    /// The members listed for the actor's centre: whom a registration's consent names.
    public func ownCentreTeam(of actor: ActingUser) async throws -> [TeamMember] {
        guard let centre = actor.organisationID, actor.organisationKind == .childrensCentre else { return [] }
        return try await FamilyTeamMemberModel.query(on: db).filter(\.$centre.$id == centre).with(\.$member).all()
            .compactMap(\.member.teamMember).sorted { $0.name < $1.name }
    }
}

extension OrganisationModel {
    var teamMember: TeamMember? { OrganisationKind(rawValue: kind).map { TeamMember(code: code, name: name, kind: $0) } }
}
