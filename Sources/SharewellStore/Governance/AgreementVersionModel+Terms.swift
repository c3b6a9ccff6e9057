import Foundation
import SharewellCore

extension AgreementVersionModel {
    var terms: AgreementTerms {
        AgreementTerms(title: title, purpose: SharingPurpose(rawValue: purpose) ?? .teamAroundTheChild, parties: Self.list(parties),
                       discloser: discloser, bulk: bulk, dataItems: Self.list(dataItems).compactMap(DataItem.init(rawValue:)),
                       legalBases: Self.list(legalBases).compactMap(LegalBasis.init(rawValue:)), dpiaReference: dpiaReference,
                       dpiaDate: dpiaDate.flatMap { CalendarDate(iso: $0) }, retentionMonths: retentionMonths,
                       start: CalendarDate(iso: startDate) ?? CalendarDate(dayNumber: 0), review: CalendarDate(iso: reviewDate) ?? CalendarDate(dayNumber: 0),
                       end: CalendarDate(iso: endDate) ?? CalendarDate(dayNumber: 0))
    }

    func set(_ terms: AgreementTerms) {
        title = terms.title.trimmingCharacters(in: .whitespaces)
        purpose = terms.purpose.rawValue
        parties = terms.parties.sorted().joined(separator: " ")
        discloser = terms.discloser
        bulk = terms.bulk
        dataItems = terms.dataItems.map(\.rawValue).joined(separator: " ")
        legalBases = terms.legalBases.map(\.rawValue).joined(separator: " ")
        dpiaReference = terms.dpiaReference.trimmingCharacters(in: .whitespaces)
        dpiaDate = terms.dpiaDate?.description
        retentionMonths = terms.retentionMonths
        startDate = terms.start.description
        reviewDate = terms.review.description
        endDate = terms.end.description
    }

    /// Parties (by code) whose IG lead has approved this version.
    var approvedBy: Set<String> { Set(approvals.map { $0.organisation.code }) }

    static func list(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
}

extension AgreementModel {
    /// The versions newest first, with approvals loaded (`with(\.$versions) { $0.with(\.$approvals) { $0.with(\.$organisation) } }`).
    var newestFirst: [AgreementVersionModel] { versions.sorted { $0.version > $1.version } }

    func standing(on day: CalendarDate) -> AgreementStanding {
        let ended = orderedEvents.first(where: { $0.kind == "ended" }).map { CalendarDate(inEngland: $0.at) }
        return .on(day, .init(inForce: inForce?.terms, missingApprovals: AgreementVersions.missingApprovals(rule), suspended: !suspendedBy.isEmpty, endedOn: ended))
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
        AgreementParties(inForce: inForce?.terms.parties, newest: newestFirst.first?.terms.parties ?? [])
    }

    private var rule: [AgreementVersions.Version] {
        versions.sorted { $0.version < $1.version }.map { .init(parties: $0.terms.parties, approvedBy: $0.approvedBy) }
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
