import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("The poor-attendance list and the gate")
struct PoorAttendanceListTests {
    typealias Import = AttendanceImportTests
    static let week = CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2025-09-05")!

    @Test("each practice gets only its own patients' minimum data, only under an agreement, never opted-out pupils", arguments: TestDatabase.available)
    func list(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            let (poor, good, unregistered) = (s.pupils[0], s.pupils[1], s.pupils[2])
            for (pupil, practice) in [(poor, "P81001"), (good, "P81001"), (unregistered, nil)] {
                let record = try #require(try await PersonRecordModel.everyOrganisation(on: store.db).filter(\.$id == pupil.id).first())
                record.registeredPracticeCode = practice
                try await record.save(on: store.db)
            }
            _ = try await store.importAttendance(try Import.upload(Import.week(poor.upn, code: "O") + Import.week(good.upn) + Import.week(unregistered.upn, code: "N")),
                                                 by: s.clerk, at: Import.now)
            let list = try await store.poorAttendanceList(period: Self.week, belowPercent: 90, for: s.clerk, at: Import.now)
            #expect(list.byPractice.mapValues { $0.map(\.recordID) } == ["P81001": [poor.id]])
            #expect(list.byPractice["P81001"]?.first?.attendancePercent == "50.0")
            #expect(list.noKnownPractice.map(\.recordID) == [unregistered.id])

            let refused = try await store.sendPoorAttendanceList(to: "P81001", period: Self.week, belowPercent: 90, by: s.clerk, at: Import.now)
            #expect(refused.refusal?.reason.shortfalls == [])

            try await Self.liaisonAgreement(store)
            let sent = try #require(try await store.sendPoorAttendanceList(to: "P81001", period: Self.week, belowPercent: 90, by: s.clerk, at: Import.now).grant)
            #expect(sent.people.map(\.id) == [poor.id])

            let gp = try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: "P81001", email: "gp@p.example", displayName: "GP",
                                                                                                  role: .safeguardingLead, passwordHash: "h"), by: .system("t"), at: Import.now)))
            let inbox = try await store.attendanceInbox(for: gp, at: Import.now)
            #expect(inbox.map { [$0.name, $0.dateOfBirth, $0.attendancePercent, $0.period] } == [["Pupil1 Test", "2016-01-01", "50.0", "2025-09-01 to 2025-09-05"]])
            #expect(try await store.attendanceInbox(for: s.clerk, at: Import.now).isEmpty, "a school reads no practice's inbox")

            // The practice reviews; the review is internal to it.
            let referral = try #require(inbox.first?.id)
            await #expect(throws: StoreError.invalidFields([.init(field: "category", message: "Choose the category of the medical reason")])) {
                try await store.reviewReferral(referral, .init(medicalReason: .possible, category: nil, internalNotes: "", familyContacted: true), by: gp, at: Import.now)
            }
            let review = AttendanceReview(medicalReason: .possible, category: .mentalHealth, internalNotes: "Mother's depression; letters not coded", familyContacted: true)
            _ = try await store.reviewReferral(referral, review, by: gp, at: Import.now)
            #expect(try await store.referral(referral, for: gp, at: Import.now)?.review == review)
            #expect(try await store.referral(referral, for: s.clerk, at: Import.now) == nil, "the school never reads the review")
            await #expect(throws: StoreError.unknownPerson) { try await store.reviewReferral(referral, review, by: s.clerk, at: Import.now) }

            // A second "Send" of the same list sends nothing new.
            let repeated = try await store.sendPoorAttendanceList(to: "P81001", period: Self.week, belowPercent: 90, by: s.clerk, at: Import.now)
            #expect(repeated.refusal?.reason.isRepeat == true)

            // The pupil's family opts out: the next list (another period) leaves the pupil out.
            try await store.recordConsent(.init(kind: .optedOut, scope: .purpose(.attendanceLiaison), givenBy: "father", method: "letter", givenOn: CalendarDate(iso: "2027-01-01")!),
                                          for: poor.id, by: s.clerk, at: Import.now)
            let shorter = Self.week.lowerBound...Self.week.upperBound.advanced(by: -1)
            let again = try await store.sendPoorAttendanceList(to: "P81001", period: shorter, belowPercent: 90, by: s.clerk, at: Import.now)
            #expect(again.grant?.people.isEmpty == true && again.grant?.excluded.map(\.id) == [poor.id])
            #expect(try await store.attendanceInbox(for: gp, at: Import.now).count == 1)
        }
    }

    @Test("a list sent twice at once, and again, reaches the practice once; pupils new to the list go alone", arguments: TestDatabase.available)
    func sentOnce(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            for pupil in s.pupils {
                let record = try #require(try await PersonRecordModel.everyOrganisation(on: store.db).filter(\.$id == pupil.id).first())
                record.registeredPracticeCode = "P81001"
                try await record.save(on: store.db)
            }
            _ = try await store.importAttendance(try Import.upload(Import.week(s.pupils[0].upn, code: "O") + Import.week(s.pupils[1].upn, code: "O")), by: s.clerk, at: Import.now)
            try await Self.liaisonAgreement(store)

            let outcomes = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 { group.addTask { try await store.sendPoorAttendanceList(to: "P81001", period: Self.week, belowPercent: 90, by: s.clerk, at: Import.now).grant?.people.count ?? 0 } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.sorted() == [0, 0, 2], "one sending of both pupils; the others sent nothing")
            #expect(try await AttendanceReferralModel.everyOrganisation(on: store.db).count() == 2)
            #expect(try await AttendanceLiaisonModel.everyOrganisation(on: store.db).count() == 2)

            // A pupil who falls below the threshold later goes alone.
            _ = try await store.importAttendance(try Import.upload(Import.week(s.pupils[2].upn, code: "O")), by: s.clerk, at: Import.now)
            let later = try await store.sendPoorAttendanceList(to: "P81001", period: Self.week, belowPercent: 90, by: s.clerk, at: Import.now)
            #expect(later.grant?.people.map(\.id) == [s.pupils[2].id])
            #expect(try await AttendanceReferralModel.everyOrganisation(on: store.db).count() == 3)
        }
    }

    @Test("at the agreement's retention the practice's copy loses what the school sent and keeps its own review", arguments: TestDatabase.available)
    func retention(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let (gp, referral) = try await Self.referralAtPractice(store)
            let review = AttendanceReview(medicalReason: .possible, category: .mentalHealth, internalNotes: "Seen by the practice", familyContacted: true)
            _ = try await store.reviewReferral(referral, review, by: gp, at: Import.now)

            let elevenMonths = Import.now.addingTimeInterval(335 * 86_400), thirteenMonths = Import.now.addingTimeInterval(400 * 86_400)
            #expect(try await store.destroyExpiredAttendance(at: elevenMonths) == AttendanceRetentionRun(), "kept for the agreement's 12 months")
            #expect(try await store.destroyExpiredAttendance(at: thirteenMonths).referrals == 1)
            let kept = try #require(try await store.referral(referral, for: gp, at: thirteenMonths))
            #expect(kept.name.isEmpty && kept.dateOfBirth.isEmpty && kept.address.isEmpty && kept.attendancePercent.isEmpty)
            #expect(kept.review == review, "the practice's own review is its own record")
            #expect(try await store.destroyExpiredAttendance(at: thirteenMonths) == AttendanceRetentionRun(), "nothing twice")
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("audit chain broken"); return }
        }
    }

    @Test("a stored row no reader can use (a last day in year 10000) is passed over, not a failure of every list", arguments: TestDatabase.available)
    func unreadableRow(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            _ = try await store.importAttendance(try Import.upload(Import.week(s.pupils[0].upn, code: "O")), by: s.clerk, at: Import.now)
            try await (store.db as! any SQLDatabase).raw("UPDATE attendance_years SET last_day = '10000-01-09'").run()
            let list = try await store.poorAttendanceList(period: Self.week, belowPercent: 90, for: s.clerk, at: Import.now)
            #expect(list.byPractice.isEmpty && list.noKnownPractice.isEmpty)
        }
    }

    /// One pupil of the school registered with P81001, below the threshold over `week`, sent under a
    /// liaison agreement: the practice's safeguarding lead and the referral in their inbox.
    static func referralAtPractice(_ store: Store) async throws -> (gp: ActingUser, referral: UUID) {
        let s = try await Import.school(store)
        let record = try #require(try await PersonRecordModel.everyOrganisation(on: store.db).filter(\.$id == s.pupils[0].id).first())
        record.registeredPracticeCode = "P81001"
        try await record.save(on: store.db)
        _ = try await store.importAttendance(try Import.upload(Import.week(s.pupils[0].upn, code: "O")), by: s.clerk, at: Import.now)
        try await liaisonAgreement(store)
        #expect(try await store.sendPoorAttendanceList(to: "P81001", period: week, belowPercent: 90, by: s.clerk, at: Import.now).grant != nil)
        let gp = try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: "P81001", email: "gp@p.example", displayName: "GP",
                                                                                              role: .safeguardingLead, passwordHash: "h"), by: .system("t"), at: Import.now)))
        return (gp, try #require(try await store.attendanceInbox(for: gp, at: Import.now).first?.id))
    }

    /// The school and the practice in an attendance liaison agreement both IG leads approved (12 months' retention).
    @discardableResult
    static func liaisonAgreement(_ store: Store) async throws -> UUID {
        let ig = try await igLeads(store)
        let terms = AgreementTerms(title: "Attendance liaison", purpose: .attendanceLiaison, parties: ["200101", "P81001"], discloser: "200101", bulk: true,
                                   dataItems: Store.poorAttendanceItems, legalBases: [.art6PublicTask], dpiaReference: "DPIA-1", dpiaDate: CalendarDate(iso: "2025-08-01"),
                                   retentionMonths: 12, start: CalendarDate(iso: "2025-08-01")!, review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
        let agreement = try await store.createAgreement(terms, by: ig.school, at: Import.now)
        for lead in [ig.school, ig.practice] { try await store.approveAgreement(agreement, by: lead, at: Import.now) }
        return agreement
    }

    static func igLeads(_ store: Store) async throws -> (school: ActingUser, practice: ActingUser) {
        var leads: [ActingUser] = []
        for code in ["200101", "P81001"] {
            leads.append(try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: code, email: "ig@\(code.lowercased()).example", displayName: "IG \(code)", role: .informationGovernanceLead, passwordHash: "h"),
                by: .system("t"), at: Import.now))))
        }
        return (leads[0], leads[1])
    }

    @Test("a school that sends only totals gets its list from the summaries lying inside the period", arguments: TestDatabase.available)
    func fromSummaries(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            let (summarised, marked) = (s.pupils[0], s.pupils[1])
            let rows = try Self.summaries("\(summarised.upn),2025-09-01,2025-09-05,10,6,2,2\n\(summarised.upn),2025-09-08,2025-09-12,10,10,0,0\n\(marked.upn),2025-09-01,2025-09-05,10,1,0,9\n")
            #expect(try await store.importSummaries(rows, by: s.clerk, at: Import.now) == 3)
            _ = try await store.importAttendance(try Import.upload(Import.week(marked.upn)), by: s.clerk, at: Import.now)
            let fortnight = CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2025-09-12")!
            let list = try await store.poorAttendanceList(period: fortnight, belowPercent: 90, for: s.clerk, at: Import.now)
            // 16 of 20 from the two summaries; the marked pupil's full week of marks wins over their summary.
            #expect(list.noKnownPractice.map { [$0.name, $0.attendancePercent] } == [["Pupil1 Test", "80.0"]])
            let unknown = try Self.summaries("P801200005009,2025-09-01,2025-09-05,10,6,2,2\n")
            await #expect(throws: FormatError.self) { try await store.importSummaries(unknown, by: s.clerk, at: Import.now) }
            // Sending the same pupil and period again replaces the earlier summary.
            _ = try await store.importSummaries(try Self.summaries("\(summarised.upn),2025-09-01,2025-09-05,10,10,0,0\n"), by: s.clerk, at: Import.now)
            #expect(try await store.poorAttendanceList(period: fortnight, belowPercent: 90, for: s.clerk, at: Import.now).noKnownPractice.isEmpty)
        }
    }

    static func summaries(_ text: String) throws -> [PupilSummary] {
        let bytes = Array((PupilSummaryCSV.header + "\n" + text).utf8)
        return try bytes.withUnsafeBufferPointer { try PupilSummaryCSV.read($0) }
    }
}

@Suite("Common Transfer Files into the store")
struct TransferFileStoreTests {
    typealias Import = AttendanceImportTests

    @Test("a CTF adds a new pupil, lays its marks over theirs only, and keeps totals as a summary", arguments: TestDatabase.available)
    func transfer(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            let (known, other) = (s.pupils[0], s.pupils[1])
            _ = try await store.importAttendance(try Import.upload(Import.week(known.upn) + Import.week(other.upn)), by: s.clerk, at: Import.now)
            let newcomer = try UPN.completing("801200005099").value
            let marks = "<YearData><Year>2025</Year><SessionsPossible>4</SessionsPossible><SessionsAuthorised>0</SessionsAuthorised><SessionsUnauthorised>4</SessionsUnauthorised><AttendanceMarks>OOOO</AttendanceMarks><AttendanceStartDate>2025-09-01</AttendanceStartDate></YearData>"
            let totals = "<YearData><Year>2024</Year><SessionsPossible>380</SessionsPossible><SessionsAuthorised>60</SessionsAuthorised><SessionsUnauthorised>40</SessionsUnauthorised></YearData>"
            func pupil(_ upn: String, _ years: String) -> String {
                "<Pupil><UPN>\(upn)</UPN><Surname>Price</Surname><Forename>Amy</Forename><DOB>2014-03-04</DOB><Sex>F</Sex><Attendance>\(years)</Attendance></Pupil>"
            }
            let bytes = Array("<CTfile><Header/><CTFpupilData>\(pupil(known.upn, marks))\(pupil(newcomer, totals))</CTFpupilData></CTfile>".utf8)
            let summary = try await store.importTransferFile(try CommonTransferFile.read(bytes), by: s.clerk, at: Import.now)
            #expect(summary == TransferFileSummary(pupils: 2, added: 1, yearsOfMarks: 1, yearsOfTotals: 1))
            let week = PoorAttendanceListTests.week
            let list = try await store.poorAttendanceList(period: week, belowPercent: 90, for: s.clerk, at: Import.now)
            // Pupil 1's first two days are now unauthorised (6 of 10 attended); pupil 2's week is untouched.
            #expect(list.noKnownPractice.map { [$0.name, $0.attendancePercent] } == [["Pupil1 Test", "60.0"]])
            let year = CalendarDate(iso: "2024-09-01")!...CalendarDate(iso: "2025-08-31")!
            let lastYear = try await store.poorAttendanceList(period: year, belowPercent: 90, for: s.clerk, at: Import.now)
            #expect(lastYear.noKnownPractice.map { [$0.name, $0.attendancePercent] } == [["Amy Price", "73.7"]])
            await #expect(throws: StoreError.notASchool) {
                let gp = try await store.commandActor("t", organisationCode: "P81001", permissions: [.importAttendance])
                _ = try await store.importTransferFile(try CommonTransferFile.read(bytes), by: gp, at: Import.now)
            }
        }
    }
}
