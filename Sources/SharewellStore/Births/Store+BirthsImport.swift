import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// What sending a file of births did.
public struct BirthImportSummary: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    /// Births now on a centre's list to contact (consented, no do-not-contact marker).
    public var listed = 0
    /// Births in no centre's catchment, sent to the early years team to resolve.
    public var unassigned = 0
    /// Why births did not reach a centre, one sentence a recipient (no agreement, …).
    public var notSent: [String] = []
}

extension Store {
    /// The most births one sending takes: a year of a large maternity unit's births is about 8,000,
    /// and the births already known are found in one query (bounded, so every query stays bounded).
    public static let birthsPerSending = 10_000

    /// Stores a maternity or child health service's births and sends each centre its births through
    /// the gate (`sendBirths`), all or nothing (rule 3): in one transaction, so a failure half-way
    /// leaves no centre with half a file. A baby is known by its NHS number where the file gives
    /// one, else by its birth id: a file sent again updates, never duplicates.
    public func importBirths(_ notices: [BirthNotice], by actor: ActingUser, at date: Date) async throws -> BirthImportSummary {
        guard actor.may(.decideSharing), let kind = actor.organisationKind, OrganisationKind.birthSenders.contains(kind),
              let senderID = actor.organisationID else { throw StoreError.notAParty }
        try Self.checkSending(notices)
        return try await inOneTransaction { store in
            let (ids, added) = try await store.keepNotices(notices, of: senderID, by: actor, at: date)
            var summary = BirthImportSummary(added: added, updated: ids.count - added)
            try await store.sendBirths(ids, by: actor, at: date, into: &summary)
            return summary
        }
    }

    /// A sending names each baby once: two lines with one NHS number are one baby told twice, and
    /// which of them to keep cannot be guessed. Too many births at once are refused before any is read.
    static func checkSending(_ notices: [BirthNotice]) throws {
        guard notices.count <= birthsPerSending else {
            throw FormatError(problems: [.init(line: notices[birthsPerSending].line, field: "birth_id",
                                               message: "A sending holds at most \(birthsPerSending) births: send the rest in another file.")], truncated: false)
        }
        var first: [String: Int] = [:], problems: [FormatError.Problem] = []
        for notice in notices {
            guard let number = notice.nhsNumber?.digits else { continue }
            if let line = first[number] {
                problems.append(.init(line: notice.line, field: "nhs_number", message: "NHS number \(notice.nhsNumber!) is already given on line \(line): each baby once."))
            } else { first[number] = notice.line }
        }
        if !problems.isEmpty { throw FormatError(problems: problems, truncated: false) }
    }

    /// The sender's own record of each birth, added or updated, and audited; the ids of the rows
    /// (each once) and how many are new.
    private func keepNotices(_ notices: [BirthNotice], of senderID: UUID, by actor: ActingUser, at date: Date) async throws -> ([UUID], Int) {
        let existing = try await BirthNoticeModel.held(by: actor, on: db).group(.or) { or in
            or.filter(\.$birthID ~~ notices.map(\.birthID)).filter(\.$nhsNumber ~~ notices.compactMap { $0.nhsNumber.map { Optional($0.digits) } })
        }.all()
        let byNumber = Dictionary(existing.compactMap { row in row.nhsNumber.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(existing.map { ($0.birthID, $0) }, uniquingKeysWith: { first, _ in first })
        var ids: [UUID] = [], seen: Set<UUID> = [], added = 0
        for notice in notices {
            let known = notice.nhsNumber.flatMap { byNumber[$0.digits] } ?? byID[notice.birthID]
            let row = known ?? BirthNoticeModel()
            if known == nil { row.senderID = senderID; row.birthID = notice.birthID; row.receivedAt = date; added += 1 }
            row.fill(from: notice, at: date)
            try await row.save(on: db)
            let id = try row.requireID()
            if seen.insert(id).inserted { ids.append(id) }
        }
        try await AuditLog.append(.init(action: .birthsImported, subject: "births:\(actor.organisationCode)", purpose: SharingPurpose.liveBirths.rawValue,
                                        detail: "\(notices.count) births, \(added) new"), by: actor, at: date, on: db)
        return (ids, added)
    }
}

extension Store {
    /// A births file (`BirthsCSV`) read, with the dates a birth notice sent on `date` may hold,
    /// and sent as `importBirths` does.
    public func importBirths(csv bytes: [UInt8], by actor: ActingUser, at date: Date) async throws -> BirthImportSummary {
        let dates = BirthDates(today: CalendarDate(inEngland: date))
        let births = try bytes.withUnsafeBufferPointer { buffer throws(FormatError) in try BirthsCSV.read(buffer, dates: dates) }
        return try await importBirths(births, by: actor, at: date)
    }
}

extension BirthNoticeModel {
    /// Takes the notice's values; `changedAt` moves only when one of them changed (a file sent
    /// again unchanged is the same sending, `sendBirths`).
    func fill(from notice: BirthNotice, at date: Date) {
        let before = state
        if let number = notice.nhsNumber { nhsNumber = number.digits }
        babyDateOfBirth = notice.babyDateOfBirth.description
        parentGivenName = notice.parentGivenName; parentFamilyName = notice.parentFamilyName
        address = notice.address; postcode = notice.postcode.value
        consent = notice.consent; consentMethod = notice.consentMethod; consentDate = notice.consentDate?.description
        doNotContact = notice.doNotContact
        if id == nil || state != before { changedAt = date }
    }

    /// Everything a notice says, to tell whether it changed (an unset field reads as nothing).
    private var state: [String?] {
        [$nhsNumber.value ?? nil, $babyDateOfBirth.value, $parentGivenName.value, $parentFamilyName.value, $address.value, $postcode.value,
         $consent.value.map { "\($0)" }, $consentMethod.value ?? nil, $consentDate.value ?? nil, $doNotContact.value.map { "\($0)" }]
    }

    var sector: String { (try? Postcode(postcode))?.sector ?? "" }
}
