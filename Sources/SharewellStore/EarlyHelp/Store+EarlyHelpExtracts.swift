import FluentKit
import Foundation
import SharewellCore

/// What the practice learns after sending its patient list.
public struct PatientListReceipt: Sendable, Equatable {
    public let extractID: UUID
    public let sent: Int
    /// Registered patients left out because they opted out (seed 002's privacy notice).
    public let optedOut: Int
    public let destroyAfter: CalendarDate
}

/// A patient as the council holds them from a practice's extract.
public struct ExtractedPatient: Sendable, Equatable {
    public let practicePatientID: String
    public let name: String
    public let dateOfBirth: String
    public let sex: String
    public let address: String
    public let postcode: String
}

extension Store {
    /// The items of a patient-list extract (issue 8, item 2a).
    public static let patientListItems: [DataItem] = [.name, .dateOfBirth, .sex, .address, .postcode, .practicePatientID]

    /// Sends the actor's practice's registered patients to the council through the gate: an active
    /// early-help agreement must allow every item, opted-out patients are left out, each patient
    /// sent is audited, and the council's copy is written in the same transaction.
    /// The same list sent again is refused as a repeat; `resend` is the deliberate full re-send.
    public func sendPatientList(to council: String, resend: Bool = false, by actor: ActingUser, at date: Date) async throws -> Result<PatientListReceipt, SharingRefusal> {
        guard actor.organisationKind == .gpPractice, let practiceID = actor.organisationID else {
            return .failure(.init(.notForThisSender("Only a GP practice sends a patient list.")))
        }
        let patients = try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue).all()
        guard !patients.isEmpty else { return .failure(.init(.nothingToSend("The practice has no registered patients to send."))) }
        let request = SharingRequest(recipient: council, purpose: .earlyHelpDataMatching, items: Self.patientListItems, bulk: true,
                                     subjects: try patients.map { try $0.requireID() }, resend: resend)
        let extractID = UUID()
        let day = CalendarDate(inEngland: date)
        let outcome = try await share(request, from: OwnPersonRecords(), by: actor, at: date) { delivery in
            let grant = delivery.grant
            let extract = EarlyHelpExtractModel()
            extract.id = extractID; extract.$sender.id = practiceID; extract.$recipient.id = delivery.recipient
            extract.agreementID = grant.agreementID; extract.kind = ExtractKind.patientList.rawValue; extract.sentAt = date
            extract.sent = grant.people.count; extract.optedOut = grant.excluded.count
            extract.destroyAfter = day.adding(months: grant.retentionMonths).description
            try await delivery.keep(extract)
            try await delivery.keep(grant.people.map { person in
                let row = EarlyHelpExtractPersonModel()
                row.$extract.id = extractID
                row.practicePatientID = person.items[.practicePatientID] ?? ""
                row.givenName = person.givenName ?? ""; row.familyName = person.familyName ?? ""
                row.dateOfBirth = person.items[.dateOfBirth] ?? ""; row.sex = person.items[.sex] ?? ""
                row.address = person.items[.address] ?? ""; row.postcode = person.items[.postcode] ?? ""
                return row
            })
        }
        return outcome.map { grant in
            PatientListReceipt(extractID: extractID, sent: grant.people.count, optedOut: grant.excluded.count,
                               destroyAfter: day.adding(months: grant.retentionMonths))
        }
    }

    /// A patient list the actor's organisation received, or `nil` when it is not theirs to read
    /// (the scope is in the query: the extract must be addressed to the actor's organisation).
    public func receivedPatientList(_ id: UUID, for actor: ActingUser) async throws -> [ExtractedPatient]? {
        guard actor.may(.viewIdentifiableRecords), let organisationID = actor.organisationID,
              try await EarlyHelpExtractModel.query(on: db).filter(\.$id == id).filter(\.$recipient.$id == organisationID).count() == 1 else { return nil }
        return try await EarlyHelpExtractPersonModel.query(on: db).filter(\.$extract.$id == id).sort(\.$practicePatientID).all().map {
            ExtractedPatient(practicePatientID: $0.practicePatientID, name: $0.name, dateOfBirth: $0.dateOfBirth, sex: $0.sex, address: $0.address, postcode: $0.postcode)
        }
    }
}

/// A sending as the practice sees it afterwards.
public struct SentExtract: Sendable, Equatable {
    /// "Patient list" or "Demand codes".
    public let what: String
    public let recipientName: String
    public let recipientCode: String
    public let sentAt: Date
    public let sent: Int
    public let optedOut: Int
    public let destroyAfter: String
}

extension Store {
    /// The actor's practice's sendings, newest first.
    public func sentExtracts(for actor: ActingUser) async throws -> [SentExtract] {
        guard actor.may(.viewIdentifiableRecords), let organisationID = actor.organisationID else { return [] }
        return try await EarlyHelpExtractModel.query(on: db).filter(\.$sender.$id == organisationID).with(\.$recipient).sort(\.$sentAt, .descending).all().map {
            SentExtract(what: try stored("early_help_extracts.kind", $0.kind, as: ExtractKind.self).displayName, recipientName: $0.recipient.name, recipientCode: $0.recipient.code, sentAt: $0.sentAt, sent: $0.sent, optedOut: $0.optedOut, destroyAfter: $0.destroyAfter)
        }
    }

    /// The active early help agreements the actor's organisation is a party to: what a privacy
    /// notice describes and whom a patient list may go to.
    public func earlyHelpAgreements(for actor: ActingUser, at date: Date) async throws -> [(id: UUID, terms: AgreementTerms, partnerNames: [String: String])] {
        let day = CalendarDate(inEngland: date)
        var result: [(UUID, AgreementTerms, [String: String])] = []
        for record in try await agreements(for: actor, on: day) where record.standing == .active {
            guard let terms = record.inForce?.terms, terms.purpose == .earlyHelpDataMatching, terms.start <= day else { continue }
            var names: [String: String] = [:]
            for code in terms.parties { names[code] = try await OrganisationModel.query(on: db).filter(\.$code == code).first()?.name ?? code }
            result.append((record.id, terms, names))
        }
        return result
    }
}
