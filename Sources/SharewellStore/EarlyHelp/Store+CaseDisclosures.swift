import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// What the meeting decided about one case, and what the actor's own organisation disclosed
    /// about it. Either party records the outcome (every change audited); each party writes only
    /// its own disclosure, as a new version sent to the other party through the gate, so it is
    /// allowed by the agreement and audited per person (issue 14, finding 7). Answers the refusal
    /// when the gate refuses the disclosure; then nothing is recorded. The case must be one of this
    /// meeting's: an outcome is never saved under another meeting's address.
    @discardableResult
    public func recordCase(_ caseID: UUID, in meetingID: UUID, _ record: CaseRecord, by actor: ActingUser, at date: Date) async throws -> SharingRefusal? {
        guard let entry = try await EarlyHelpShortlistEntryModel.query(on: db).filter(\.$id == caseID).with(\.$shortlist, { $0.with(\.$council).with(\.$practice) }).first(),
              let meeting = try await meetingsVisible(to: actor).first(where: { $0.id == meetingID && $0.$shortlist.id == entry.$shortlist.id }),
              let heldOn = CalendarDate(iso: meeting.heldOn) else { throw StoreError.unknownPerson }
        let problems = record.problems(meetingDay: heldOn)
        guard problems.isEmpty, let outcome = record.outcome else { throw StoreError.invalidFields(problems) }
        let councilSide = actor.organisationID == entry.shortlist.$council.id
        let words = (councilSide ? record.councilDisclosed : record.practiceDisclosed).trimmingCharacters(in: .whitespacesAndNewlines)
        let latest = try await EarlyHelpDisclosureModel.query(on: db).filter(\.$entry.$id == caseID).filter(\.$partyCode == actor.organisationCode)
            .sort(\.$version, .descending).first()
        let saveOutcome: @Sendable (any Database) async throws -> Void = { tx in
            try await self.saveOutcome(outcome, record, of: caseID, meeting: meetingID, by: actor, at: date, on: tx)
        }
        guard !words.isEmpty, words != latest?.text else {
            try await auditedTransaction { try await saveOutcome($0) }
            return nil
        }
        let version = (latest?.version ?? 0) + 1
        guard let (request, source) = try await disclosure(of: entry, version: version, councilSide: councilSide, by: actor) else {
            return .init(.nothingToSend("The patient is no longer registered with the practice, so nothing was disclosed or recorded."))
        }
        let party = actor.organisationCode, by = "\(actor.displayName), \(actor.organisationCode)"
        let sent = try await share(request, from: source, by: actor, at: date) { delivery in
            let row = EarlyHelpDisclosureModel()
            row.$entry.id = caseID; row.partyCode = party; row.version = version; row.text = words
            row.agreementID = delivery.grant.agreementID; row.recordedBy = by; row.recordedAt = date
            try await delivery.keep(row)
            try await saveOutcome(delivery.database)
        }
        if case .failure(let refusal) = sent { return refusal }
        return nil
    }

    /// The sending of a party's words about a case to the other party: the council names its own
    /// person (the practice reads its patient number); the practice its own patient.
    private func disclosure(of entry: EarlyHelpShortlistEntryModel, version: Int, councilSide: Bool,
                            by actor: ActingUser) async throws -> (SharingRequest, any SharingSource)? {
        let shortlist = entry.shortlist, period = "case \(try entry.requireID().uuidString.lowercased()) disclosure \(version)"
        if councilSide {
            return (SharingRequest(recipient: shortlist.practice.code, purpose: .earlyHelpDataMatching, items: [.practicePatientID, .caseNotes], bulk: true,
                                   subjects: [entry.$councilPerson.id], period: period), LinkedPatientSource())
        }
        guard let patient = try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue)
            .filter(\.$localID == entry.practicePatientID).first() else { return nil }
        return (SharingRequest(recipient: shortlist.council.code, purpose: .earlyHelpDataMatching, items: [.caseNotes], bulk: true,
                               subjects: [try patient.requireID()], period: period), OwnPersonRecords())
    }

    private func saveOutcome(_ outcome: CaseOutcome, _ record: CaseRecord, of caseID: UUID, meeting: UUID, by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        let row = try await EarlyHelpCaseOutcomeModel.query(on: tx).filter(\.$entry.$id == caseID).first() ?? EarlyHelpCaseOutcomeModel()
        if row.id == nil { row.$entry.id = caseID; row.councilDisclosed = ""; row.practiceDisclosed = "" }
        row.outcome = outcome.rawValue; row.followUpOwner = record.followUpOwner.trimmingCharacters(in: .whitespaces)
        row.followUpBy = outcome.needsFollowUp ? record.followUpBy?.description : nil
        row.recordedBy = "\(actor.displayName), \(actor.organisationCode)"; row.recordedAt = date
        try await row.save(on: tx)
        try await AuditLog.append(.init(action: .caseOutcomeRecorded, subject: "meeting:\(meeting.uuidString.lowercased())", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                        detail: "\(outcome.rawValue)\(outcome.needsFollowUp ? " by \(row.followUpOwner) on \(row.followUpBy ?? "")" : "")"), by: actor, at: date, on: tx)
    }

    /// Each case's newest disclosure by each party (party code → words).
    func latestDisclosures(of entries: [UUID]) async throws -> [UUID: [String: String]] {
        guard !entries.isEmpty else { return [:] }
        var result: [UUID: [String: (Int, String)]] = [:]
        for row in try await EarlyHelpDisclosureModel.query(on: db).filter(\.$entry.$id ~~ entries).all() where (result[row.$entry.id]?[row.partyCode]?.0 ?? 0) < row.version {
            result[row.$entry.id, default: [:]][row.partyCode] = (row.version, row.text)
        }
        return result.mapValues { $0.mapValues(\.1) }
    }
}
