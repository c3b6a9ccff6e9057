import FluentKit
import Foundation
import SharewellCore

extension AgreementVersionModel {
    /// The stored terms. A value this version cannot read (a purpose, item, basis or date) is an
    /// error, never a default: an agreement whose purpose read as another would share for it.
    var terms: AgreementTerms {
        get throws(StoreError) {
            var items: [DataItem] = [], bases: [LegalBasis] = []
            for row in itemRows.sorted(by: { $0.position < $1.position }) { items.append(try stored("agreement_version_items.item", row.item)) }
            for row in basisRows.sorted(by: { $0.position < $1.position }) { bases.append(try stored("agreement_version_legal_bases.basis", row.basis)) }
            return AgreementTerms(title: title, purpose: try stored("agreement_versions.purpose", purpose), parties: partyCodes,
                                  discloser: discloser, bulk: bulk, dataItems: items, legalBases: bases, dpiaReference: dpiaReference,
                                  dpiaDate: try dpiaDate.map { text throws(StoreError) in try stored("agreement_versions.dpia_date", text, CalendarDate.init(iso:)) }, retentionMonths: retentionMonths,
                                  start: try stored("agreement_versions.start_date", startDate, CalendarDate.init(iso:)), review: try stored("agreement_versions.review_date", reviewDate, CalendarDate.init(iso:)),
                                  end: try stored("agreement_versions.end_date", endDate, CalendarDate.init(iso:)))
        }
    }

    /// Sets the version's own fields; its lists are written by `createLists` once it has an id.
    func set(_ terms: AgreementTerms) {
        title = terms.title.trimmingCharacters(in: .whitespaces)
        purpose = terms.purpose.rawValue
        discloser = terms.discloser
        bulk = terms.bulk
        dpiaReference = terms.dpiaReference.trimmingCharacters(in: .whitespaces)
        dpiaDate = terms.dpiaDate?.description
        retentionMonths = terms.retentionMonths
        startDate = terms.start.description
        reviewDate = terms.review.description
        endDate = terms.end.description
    }

    /// Parties (by code) whose IG lead has approved this version.
    var approvedBy: Set<String> { Set(approvals.map { $0.organisation.code }) }

    /// The parties' codes, in the order stored (sorted when written).
    var partyCodes: [String] { partyRows.sorted { $0.position < $1.position }.map(\.code) }

    /// Writes the terms' parties, items and legal bases as rows of this (created) version.
    func createLists(_ terms: AgreementTerms, on database: any Database) async throws {
        let id = try requireID()
        for (position, code) in terms.parties.sorted().enumerated() {
            let row = AgreementVersionPartyModel(); row.$version.id = id; row.position = position; row.code = code
            try await row.create(on: database)
        }
        for (position, item) in terms.dataItems.enumerated() {
            let row = AgreementVersionItemModel(); row.$version.id = id; row.position = position; row.item = item.rawValue
            try await row.create(on: database)
        }
        for (position, basis) in terms.legalBases.enumerated() {
            let row = AgreementVersionBasisModel(); row.$version.id = id; row.position = position; row.basis = basis.rawValue
            try await row.create(on: database)
        }
    }
}

extension AgreementModel {
    /// The versions newest first, with approvals loaded (`with(\.$versions) { $0.with(\.$approvals) { $0.with(\.$organisation) } }`).
    var newestFirst: [AgreementVersionModel] { versions.sorted { $0.version > $1.version } }

    func standing(on day: CalendarDate) throws(StoreError) -> AgreementStanding {
        let ended = orderedEvents.first(where: { $0.kind == "ended" }).map { CalendarDate(inEngland: $0.at) }
        return .on(day, .init(inForce: try inForce?.terms, missingApprovals: AgreementVersions.missingApprovals(rule), suspended: !suspendedBy.isEmpty, endedOn: ended))
    }

    /// The version in force (see `AgreementVersions`), loaded with its approvals.
    var inForce: AgreementVersionModel? {
        let oldestFirst = versions.sorted { $0.version < $1.version }
        return AgreementVersions.inForce(rule).map { oldestFirst[$0] }
    }

    /// Who must approve the newest version: its parties and those of the version in force before it.
    var approversOfNewest: Set<String> {
        let oldestFirst = rule
        guard let newest = oldestFirst.last else { return [] }
        return AgreementVersions.approvers(of: newest, after: AgreementVersions.inForce(Array(oldestFirst.dropLast())).map { oldestFirst[$0] })
    }

    var parties: AgreementParties {
        AgreementParties(inForce: inForce.map(\.partyCodes), newest: newestFirst.first?.partyCodes ?? [])
    }

    /// Parties are codes, readable whatever else a version holds.
    private var rule: [AgreementVersions.Version] {
        versions.sorted { $0.version < $1.version }.map { .init(parties: $0.partyCodes, approvedBy: $0.approvedBy) }
    }

    /// The parties whose suspension stands: only parties still bound by the agreement count (a
    /// removed party's suspension goes with it). A resume recorded before migration 012 named no
    /// party and, as the rule then was, lifted every suspension.
    var suspendedBy: Set<String> {
        var standing = Set<String>()
        for event in orderedEvents {
            switch event.kind {
            case "suspended": standing.insert(event.party)
            case "resumed" where event.storedParty == nil: standing.removeAll()
            case "resumed": standing.remove(event.party)
            default: break
            }
        }
        return standing.intersection(parties.standing)
    }

    private var orderedEvents: [AgreementEventModel] { events.sorted { $0.at < $1.at } }
}
