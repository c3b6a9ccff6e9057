import FluentKit
import Foundation
import SharewellCore

/// One line of "who has seen this record", in words (issue 16, item 6): who and which organisation
/// by name, what they did, and why.
public struct AccessLogLine: Sendable, Equatable {
    public let at: Date
    /// The person, or for another organisation only the organisation ("Staff at Ashworth Council").
    public let who: String
    public let organisation: String
    /// "viewed the record"; for another organisation only "viewed under ‘<agreement>’".
    public let what: String
    public let why: String
}

/// The access log of one record, saying whose record it is.
public struct RecordAccessLog: Sendable, Equatable {
    public let recordID: UUID
    /// "Ava Brown, born 2016-03-04": the name is shown only with the log, whose reading is audited.
    public let whose: String
    public let lines: [AccessLogLine]
}

extension Store {
    /// `accessLog(forRecord:)` (scoped and audited there) as people read it: times as dates,
    /// organisations by their directory names, actions and purposes in words, agreements by title.
    public func accessLogInWords(forRecord id: UUID, for user: ActingUser, at date: Date) async throws -> RecordAccessLog? {
        guard let entries = try await accessLog(forRecord: id, for: user, at: date),
              let record = try await PersonRecordModel.held(by: user, on: db).filter(\.$id == id).first() else { return nil }
        let names = Dictionary(try await OrganisationModel.query(on: db).filter(\.$code ~~ Set(entries.map(\.organisation))).all()
            .map { ($0.code, $0.name) }) { first, _ in first }
        let titles = try await agreementTitles(Set(entries.compactMap { Self.agreementID(in: $0.purpose) }))
        let lines = try entries.map { entry in
            let at = try stored("audit_entries.at", entry.at) { try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse($0) }
            let organisation = names[entry.organisation] ?? entry.organisation
            let under = Self.agreementID(in: entry.purpose).map { " under ‘\(titles[$0] ?? "an agreement")’" } ?? ""
            let why = Self.purposeWords(entry.purpose)
            guard entry.organisation == user.organisationCode else {
                // Another organisation's use of its copy: the organisation and the agreement, not its staff or acts.
                return AccessLogLine(at: at, who: "Staff at \(organisation)", organisation: organisation,
                                     what: "viewed" + under, why: why)
            }
            let what = (AuditAction(rawValue: entry.action)?.words ?? entry.action) + under
            return AccessLogLine(at: at, who: entry.actorName, organisation: organisation, what: what, why: why)
        }
        return RecordAccessLog(recordID: id, whose: Self.whose(record, for: user), lines: lines)
    }

    /// The person named as the reader may see them: by name only to someone who may read records;
    /// an auditor or IG lead, who may not, sees the reference they looked up by, so the look-up
    /// tells them no name or date of birth the number did not already carry.
    private static func whose(_ record: PersonRecordModel, for user: ActingUser) -> String {
        guard !user.may(.viewIdentifiableRecords) else { return "\(record.givenName) \(record.familyName), born \(record.dateOfBirth)" }
        let source = RecordSource(rawValue: record.source)?.displayName ?? record.source
        return "\(source) record \(record.localID)" + (record.nhsNumber.map { ", NHS number \($0)" } ?? "")
    }

    /// The record an exact NHS number, UPN or local reference names among those the user's access
    /// log may cover (the same scope as `accessLog(forRecord:)`), or `nil`. The look-up is audited
    /// whether found or not; the typed number is not put in the log, only what kind it was.
    public func recordForAccessLog(identifiedBy text: String, for user: ActingUser, at date: Date) async throws -> UUID? {
        guard user.may(.readAccessLog), user.organisationID != nil else { return nil }
        try await checkLookUps(opening: nil, by: user, at: date)
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = typed.filter { $0 != " " && $0 != "-" }
        let isNHSNumber = (try? NHSNumber(digits)) != nil
        var found: PersonRecordModel?
        if isNHSNumber {
            found = try await PersonRecordModel.held(by: user, on: db).filter(\.$nhsNumber == digits).sort(\.$id).first()
        }
        if found == nil, !typed.isEmpty {
            found = try await PersonRecordModel.held(by: user, on: db).filter(\.$localID ~~ Set([typed, typed.uppercased()])).sort(\.$id).first()
        }
        let id = try found?.requireID()
        try await audit(.init(action: .lookUpRecord, subject: id.map(Self.subject) ?? "person_records:\(user.organisationCode)",
                              purpose: "Information governance",
                              detail: "\(isNHSNumber ? "by NHS number" : "by UPN or local reference"): \(id == nil ? "not found" : "found")"),
                        by: user, at: date)
        return id
    }

    /// Refuses (`tooManyLookUps`) once the user has used this hour's look-ups: each look-up by
    /// number counts, and so does each access log opened by a record's address that no look-up
    /// this hour led to (review F7: a known id reached the log without the limit); opening again a
    /// log already reached this hour does not.
    func checkLookUps(opening record: UUID?, by user: ActingUser, at date: Date) async throws {
        let (lookUp, view) = (AuditAction.lookUpRecord.rawValue, AuditAction.viewAccessLog.rawValue)
        let recent = try await AuditEntryModel.query(on: db).filter(\.$actor == user.auditActor).filter(\.$action ~~ [lookUp, view])
            .filter(\.$at >= AuditLog.timestamp(date.addingTimeInterval(-3_600))).all()
        let lookUps = recent.filter { $0.action == lookUp }
        let reached = Set(lookUps.map(\.subject))
        let opened = Set(recent.filter { $0.action == view }.map(\.subject)).subtracting(reached)
        if let record, reached.union(opened).contains(Self.subject(record)) { return }
        guard lookUps.count + opened.count < Self.lookUpsPerHour else { throw StoreError.tooManyLookUps(Self.lookUpsPerHour) }
    }

    /// Look-ups one person may make in an hour: an audit is a handful of people, not a sweep of
    /// guessed numbers (each look-up is recorded, but a limit stops the sweep, not only records it).
    public static let lookUpsPerHour = 30

    /// The agreement a purpose names ("… under agreement:<id>").
    static func agreementID(in purpose: String) -> UUID? {
        purpose.range(of: "agreement:").flatMap { UUID(uuidString: String(purpose[$0.upperBound...].prefix(36))) }
    }

    /// A purpose as people read it: a sharing purpose by its name, others as written.
    static func purposeWords(_ purpose: String) -> String {
        let head = purpose.range(of: " under ").map { String(purpose[..<$0.lowerBound]) } ?? purpose
        return SharingPurpose(rawValue: head)?.displayName ?? head
    }

    private func agreementTitles(_ ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let models = try await loadAgreements(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(try models.compactMap { model in
            try (model.inForce ?? model.newestFirst.first).map { (try model.requireID(), $0.title) }
        }) { first, _ in first }
    }
}

extension AuditAction {
    static let lookUpRecord = Self("look-up-record", words: "looked up whose access log to read")
}
