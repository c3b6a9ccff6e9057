import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// A children's centre's catchment as the early years team approved it.
public struct ApprovedCatchment: Sendable, Equatable {
    public let centreCode: String
    public let centreName: String
    public let sectors: [String]
    /// The early years team that approved it (`nil`: none yet).
    public let teamCode: String?
}

extension Store {
    /// Every children's centre with its approved catchment, by code. Catchments name places, not
    /// people: anyone with work in the pathway may read them.
    public func birthCatchments() async throws -> [ApprovedCatchment] {
        let centres = try await OrganisationModel.query(on: db).filter(\.$kind == OrganisationKind.childrensCentre.rawValue).all()
        let rows = try await BirthCatchmentModel.query(on: db).with(\.$team).all()
        return centres.sorted { $0.code.bytewiseLess(than: $1.code) }.map { centre in
            let own = rows.filter { $0.$centre.id == centre.id }
            return ApprovedCatchment(centreCode: centre.code, centreName: centre.name, sectors: own.map(\.sector).sorted(), teamCode: own.first?.team.code)
        }
    }

    /// The early years team sets one centre's catchment (sectors separated by `;`), replacing the
    /// one before. A sector already in another centre's catchment is refused, naming that centre:
    /// catchments never overlap, so no family is sent to two centres.
    public func setCatchment(_ text: String, of centreCode: String, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.decideSharing), actor.organisationKind == .earlyYears, let teamID = actor.organisationID else { throw StoreError.notAParty }
        guard let centre = try await OrganisationModel.query(on: db).filter(\.$code == centreCode)
            .filter(\.$kind == OrganisationKind.childrensCentre.rawValue).first(), let centreID = centre.id
        else { throw StoreError.unknownOrganisation(centreCode) }
        let (sectors, problems) = try await Self.readCatchment(text, for: centreID, on: db)
        guard problems.isEmpty else { throw StoreError.invalidFields(problems.map { FieldProblem(field: "sectors", message: $0) }) }
        try await auditedTransaction { tx in
            try await BirthCatchmentModel.query(on: tx).filter(\.$centre.$id == centreID).delete()
            for sector in sectors {
                let row = BirthCatchmentModel()
                row.$team.id = teamID; row.$centre.id = centreID; row.sector = sector; row.setBy = actor.displayName; row.setAt = date
                try await row.create(on: tx)
            }
            try await AuditLog.append(.init(action: .catchmentSet, subject: "organisation:\(centreCode)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: sectors.isEmpty ? "no sectors" : sectors.joined(separator: "; ")), by: actor, at: date, on: tx)
        }
    }

    /// The sectors typed, each checked; every problem in words (a sector not written like a
    /// sector, listed twice, or in another centre's catchment).
    private static func readCatchment(_ text: String, for centreID: UUID, on db: any Database) async throws -> ([String], [String]) {
        let others = try await BirthCatchmentModel.query(on: db).filter(\.$centre.$id != centreID).with(\.$centre).all()
        var sectors: [String] = [], problems: [String] = []
        for entry in CentresCSV.catchment(text) {
            guard let sector = try? PostcodeSector(entry) else { problems.append("‘\(entry)’ is not a postcode sector written like AW1 2"); continue }
            if sectors.contains(sector.value) { problems.append("\(sector.value) is listed twice"); continue }
            if let holder = others.first(where: { $0.sector == sector.value }) {
                problems.append("\(sector.value) is already in the catchment of \(holder.centre.name) (\(holder.centre.code)): a sector belongs to one centre")
                continue
            }
            sectors.append(sector.value)
        }
        return (sectors, problems)
    }

    /// The centres' catchments as routing reads them, and the early years team that approved them
    /// (which resolves births in no catchment).
    func routingCatchments(on db: any Database) async throws -> (centres: [BirthRouting.Centre], team: String?) {
        let rows = try await BirthCatchmentModel.query(on: db).with(\.$centre).with(\.$team).all()
        let centres = Dictionary(grouping: rows, by: { $0.centre.code }).map { BirthRouting.Centre(code: $0.key, sectors: Set($0.value.map(\.sector))) }
        return (centres.sorted { $0.code.bytewiseLess(than: $1.code) }, rows.map(\.team.code).min())
    }
}
