import Crypto
import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// What a practice learns after sending its demand codes.
public struct DemandCodesReceipt: Sendable, Equatable {
    public let codes: Int
    public let patients: Int
    public let optedOut: Int
}

extension Store {
    /// A file read, or its problems: so they can be reported together with what only the database sees.
    static func attempt<T>(_ read: () throws -> T) rethrows -> (T?, FormatError?) {
        do { return (try read(), nil) } catch let error as FormatError { return (nil, error) }
    }

    /// The council's indicators from its own datasets (issue 8, item 4), `person_ref,code,category,
    /// source,date`. Every reference must be one of the council's people and every code from the
    /// catalogue; otherwise nothing changes. A dataset sent again replaces what that dataset sent before.
    public func importIndicators(_ bytes: [UInt8], by actor: ActingUser, at date: Date) async throws -> Int {
        let councilID = try councilID(actor)
        guard actor.may(.viewIdentifiableRecords) else { throw StoreError.notTheCouncil }
        // The file's own problems and its unknown references are reported together, in line order.
        let (events, own) = try bytes.withUnsafeBufferPointer { buffer in try Self.attempt { try IndicatorEventsCSV.read(buffer) } }
        let refs = bytes.withUnsafeBufferPointer { IndicatorEventsCSV.personRefs($0) }
        let people = try await PersonRecordModel.held(by: actor, on: db).filter(\.$localID ~~ Set(refs.map(\.value))).all()
        let byRef = Dictionary(people.map { ($0.localID, $0) }) { a, _ in a }
        let unknown = refs.filter { byRef[$0.value] == nil }.map { FormatError.Problem(line: $0.line, field: "person_ref", message: "\($0.value) is not one of the council's people.") }
        if let error = FormatError.merging(own, unknown) { throw error }
        guard let events else { return 0 }
        let sources = Set(events.map(\.source))
        try await auditedTransaction { tx in
            try await EarlyHelpIndicatorModel.query(on: tx).filter(\.$council.$id == councilID).filter(\.$source ~~ sources).delete()
            try await events.map { event in
                let row = EarlyHelpIndicatorModel()
                row.$council.id = councilID; row.$person.id = try byRef[event.personRef]!.requireID()
                row.code = event.indicator.code; row.source = event.source; row.date = event.date.description
                return row
            }.create(on: tx)
            try await AuditLog.append(.init(action: .indicatorsImported, subject: "organisation:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "\(events.count) events from \(sources.sorted().joined(separator: ", "))"), by: actor, at: date, on: tx)
        }
        return events.count
    }

    /// A practice's demand codes, `practice_patient_id,code,date`, sent to the council through the
    /// gate (issue 8, item 2b): only the practice patient number and the code go, opted-out patients
    /// are left out, and what the codes mean stays at the practice.
    public func sendDemandCodes(_ bytes: [UInt8], to council: String, by actor: ActingUser, at date: Date) async throws -> Result<DemandCodesReceipt, SharingRefusal> {
        guard actor.organisationKind == .gpPractice, let practiceID = actor.organisationID else { return .failure(.init(.notForThisSender(StoreError.notAPractice.message))) }
        let (read, own) = try bytes.withUnsafeBufferPointer { buffer in try Self.attempt { try DemandCodesCSV.read(buffer) } }
        let ids = bytes.withUnsafeBufferPointer { DemandCodesCSV.patientIDs($0) }
        let patients = try await PersonRecordModel.held(by: actor, on: db).filter(\.$source == RecordSource.gpRegistration.rawValue)
            .filter(\.$localID ~~ Set(ids.map(\.value))).all()
        let byID = Dictionary(patients.map { ($0.localID, $0) }) { a, _ in a }
        let unknown = ids.filter { byID[$0.value] == nil }
            .map { FormatError.Problem(line: $0.line, field: "practice_patient_id", message: "\($0.value) is not a registered patient of the practice.") }
        if let error = FormatError.merging(own, unknown) { throw error }
        guard let events = read else { return .success(.init(codes: 0, patients: 0, optedOut: 0)) }
        // The same file sent again is the same sending; new codes for the same patients are not.
        let rows = events.map { "\($0.practicePatientID),\($0.code),\($0.date)" }.sorted().joined(separator: "\n")
        let request = SharingRequest(recipient: council, purpose: .earlyHelpDataMatching, items: [.practicePatientID, .demandCodes], bulk: true,
                                     subjects: try patients.map { try $0.requireID() }, period: "codes " + SHA256.hash(data: Data(rows.utf8)).hex)
        let extractID = UUID(), day = CalendarDate(inEngland: date)
        let outcome = try await share(request, from: OwnPersonRecords(), by: actor, at: date) { delivery in
            let grant = delivery.grant
            let sent = Set(grant.people.compactMap { $0.items[.practicePatientID] })
            let rows = events.filter { sent.contains($0.practicePatientID) }
            let extract = EarlyHelpExtractModel()
            extract.id = extractID; extract.$sender.id = practiceID; extract.$recipient.id = delivery.recipient
            extract.agreementID = grant.agreementID; extract.kind = ExtractKind.demandCodes.rawValue; extract.sentAt = date
            extract.sent = grant.people.count; extract.optedOut = grant.excluded.count
            extract.destroyAfter = day.adding(months: grant.retentionMonths).description
            extract.matchedAt = date  // nothing to match: rows carry the practice patient number only
            try await delivery.keep(extract)
            try await delivery.keep(rows.map { event in
                let row = EarlyHelpDemandCodeModel()
                row.$extract.id = extractID; row.practicePatientID = event.practicePatientID; row.code = event.code; row.date = event.date.description
                return row
            })
        }
        return outcome.map { grant in
            let sent = Set(grant.people.compactMap { $0.items[.practicePatientID] })
            return DemandCodesReceipt(codes: events.filter { sent.contains($0.practicePatientID) }.count, patients: grant.people.count, optedOut: grant.excluded.count)
        }
    }

    /// What the practice's demand codes mean, kept at the practice only.
    public func demandCodeMeanings(for actor: ActingUser) async throws -> [(code: String, meaning: String)] {
        guard actor.organisationKind == .gpPractice, let practiceID = actor.organisationID else { return [] }
        return try await EarlyHelpCodeMeaningModel.query(on: db).filter(\.$practice.$id == practiceID).all()
            .map { ($0.code, $0.meaning) }.sorted { $0.code.compare($1.code, options: .numeric) == .orderedAscending }
    }

    public func saveDemandCodeMeaning(code: String, meaning: String, by actor: ActingUser, at date: Date) async throws {
        guard actor.organisationKind == .gpPractice, actor.may(.decideSharing), let practiceID = actor.organisationID else { throw StoreError.notAPractice }
        let code = code.trimmingCharacters(in: .whitespaces).uppercased(), meaning = meaning.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldProblem] = []
        if !IndicatorCatalogue.isDemandCode(code) { problems.append(.init(field: "code", message: "Write the code as GP and a number, like GP3")) }
        if meaning.isEmpty { problems.append(.init(field: "meaning", message: "Enter what the code means")) }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        try await auditedTransaction { tx in
            let row = try await EarlyHelpCodeMeaningModel.query(on: tx).filter(\.$practice.$id == practiceID).filter(\.$code == code).first() ?? EarlyHelpCodeMeaningModel()
            row.$practice.id = practiceID; row.code = code; row.meaning = meaning
            try await row.save(on: tx)
            try await AuditLog.append(.init(action: .codeMeaningSaved, subject: "organisation:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: code), by: actor, at: date, on: tx)
        }
    }

    /// The council's early help team's organisation, or an error for anyone else.
    func councilID(_ actor: ActingUser) throws -> UUID {
        guard actor.organisationKind == .earlyHelp, actor.may(.viewIdentifiableRecords) || actor.may(.viewPseudonymisedData), let id = actor.organisationID else {
            throw StoreError.notTheCouncil
        }
        return id
    }
}
