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
    var isApprovedByAll: Bool { Set(terms.parties).isSubset(of: approvedBy) }

    static func list(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
}

extension AgreementModel {
    /// The versions newest first, with approvals loaded (`with(\.$versions) { $0.with(\.$approvals) { $0.with(\.$organisation) } }`).
    var newestFirst: [AgreementVersionModel] { versions.sorted { $0.version > $1.version } }

    func standing(on day: CalendarDate) -> AgreementStanding {
        let newest = newestFirst
        let inForce = newest.first(where: \.isApprovedByAll)
        let missing = newest.first.map { version in version.terms.parties.filter { !version.approvedBy.contains($0) } } ?? []
        let ended = orderedEvents.first(where: { $0.kind == "ended" }).map { CalendarDate(inEngland: $0.at) }
        return .on(day, .init(inForce: inForce?.terms, missingApprovals: missing, suspended: !suspendedBy.isEmpty, endedOn: ended))
    }

    var parties: AgreementParties {
        let newest = newestFirst
        return AgreementParties(inForce: newest.first(where: \.isApprovedByAll)?.terms.parties, newest: newest.first?.terms.parties ?? [])
    }

    /// The parties whose suspension stands.
    var suspendedBy: Set<String> {
        AgreementSuspensions.standing(after: orderedEvents.compactMap { event in
            switch event.kind {
            case "suspended": (.suspended, event.party)
            case "resumed": (.resumed, event.party)
            default: nil
            }
        })
    }

    private var orderedEvents: [AgreementEventModel] { events.sorted { $0.at < $1.at } }
}
