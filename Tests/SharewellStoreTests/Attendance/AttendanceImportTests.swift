import FluentKit
import Foundation
import SharewellCore
import SharewellFormats
@testable import SharewellStore
import SharewellTestSupport
import Testing

@Suite("Attendance import")
struct AttendanceImportTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    struct School {
        let store: Store
        let clerk: ActingUser
        let pupils: [(upn: String, id: UUID)]
    }

    static func school(_ store: Store) async throws -> School {
        try await store.addOrganisations([.sample(code: "200101", kind: .school, name: "Ashworth Primary"), .sample(code: "P81001")])
        let clerk = try #require(try await store.actingUser(try await store.addUser(
            NewUser(organisationCode: "200101", email: "office@200101.example", displayName: "Attendance officer", role: .practitioner, passwordHash: "h"),
            by: .system("t"), at: now)))
        var pupils: [(String, UUID)] = []
        for serial in 1...3 {
            let upn = try UPN.completing("80120000500\(serial)").value
            let record = PersonRecordModel()
            record.id = UUID()
            record.$owner.id = clerk.organisationID!
            record.source = "schoolRoll"; record.localID = upn; record.givenName = "Pupil\(serial)"; record.familyName = "Test"
            record.dateOfBirth = "2016-01-01"; record.sex = "F"; record.addressLine = "1 Road"; record.postcode = "AW1 1AA"
            try await record.create(on: store.db)
            pupils.append((upn, record.id!))
        }
        return School(store: store, clerk: clerk, pupils: pupils)
    }

    static func upload(_ rows: [String]) throws -> AttendanceUpload {
        let bytes = Array(("upn,date,session,code\n" + rows.joined(separator: "\n")).utf8)
        return try bytes.withUnsafeBufferPointer { try AttendanceUpload.read($0) }
    }

    static func week(_ upn: String, monday: String = "2025-09-01", code: String = "/") -> [String] {
        let start = CalendarDate(iso: monday)!
        return (0..<5).flatMap { d in ["\(upn),\(start.advanced(by: d)),AM,\(code)", "\(upn),\(start.advanced(by: d)),PM,\\"] }
    }

    @Test("marks are stored per pupil; re-importing the period replaces it and keeps other periods", arguments: TestDatabase.available)
    func replace(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Self.school(store)
            let (a, b) = (s.pupils[0], s.pupils[1])
            _ = try await store.importAttendance(try Self.upload(Self.week(a.upn, monday: "2025-09-08") + Self.week(b.upn, monday: "2025-09-08")), by: s.clerk, at: Self.now)
            let first = try await store.importAttendance(try Self.upload(Self.week(a.upn) + Self.week(b.upn, code: "I")), by: s.clerk, at: Self.now)
            #expect(first.pupils == 2 && first.marks == 20 && first.period == CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2025-09-05")!)
            #expect(try await store.attendance(of: b.id, for: s.clerk)?.tally().illnessSessions == 5)

            // Again for the first week, now without pupil B and with A ill on Monday morning.
            var rows = Self.week(a.upn)
            rows[0] = "\(a.upn),2025-09-01,AM,I"
            let again = try await store.importAttendance(try Self.upload(rows), by: s.clerk, at: Self.now)
            #expect(again.cleared == 1)
            let marksA = try #require(try await store.attendance(of: a.id, for: s.clerk))
            #expect(marksA.code(on: CalendarDate(iso: "2025-09-01")!, pm: false) == .illness)
            #expect(marksA.tally().possible == 20, "the second week is kept")
            let marksB = try #require(try await store.attendance(of: b.id, for: s.clerk))
            #expect(marksB.tally(within: CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2025-09-05")!).possible == 0)
            #expect(marksB.tally().possible == 10)
        }
    }

    @Test("a UPN not on the roll rejects the whole file, naming the line, and stores nothing", arguments: TestDatabase.available)
    func unknownPupil(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Self.school(store)
            let stranger = try UPN.completing("801200005099").value
            do {
                _ = try await store.importAttendance(try Self.upload(Self.week(s.pupils[0].upn) + Self.week(stranger)), by: s.clerk, at: Self.now)
                Issue.record("accepted a stranger")
            } catch let error as FormatError {
                #expect(error.problems == [.init(line: 12, field: "upn", message: "\(stranger) is not on this school's roll: send the pupil file first.")])
            }
            #expect(try await store.attendance(of: s.pupils[0].id, for: s.clerk) == nil)
            #expect(try await store.auditEntries(subject: "attendance:200101").isEmpty)
        }
    }

    @Test("only a school may send marks", arguments: TestDatabase.available)
    func onlySchools(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Self.school(store)
            let practice = try #require(try await store.actingUser(try await store.addUser(
                NewUser(organisationCode: "P81001", email: "p@p.example", displayName: "GP", role: .practitioner, passwordHash: "h"), by: .system("t"), at: Self.now)))
            await #expect(throws: StoreError.notASchool) { try await store.importAttendance(try Self.upload(Self.week(s.pupils[0].upn)), by: practice, at: Self.now) }
        }
    }
}

@Suite("Pupil file import")
struct PupilImportTests {
    typealias Import = AttendanceImportTests

    static func rows(_ text: String) throws -> [PupilRow] {
        let bytes = Array((PupilFileCSV.header + "\n" + text).utf8)
        return try bytes.withUnsafeBufferPointer { try PupilFileCSV.read($0) }
    }

    @Test("pupils are added or updated by UPN with their practice; an unknown practice stores nothing", arguments: TestDatabase.available)
    func importPupils(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            let s = try await Import.school(store)
            let known = s.pupils[0]
            let newUPN = try UPN.completing("801200005050").value
            let text = "\(known.upn),Ava,Renamed,2016-01-01,F,2 New Road,AW1 3CD,,P81001\n\(newUPN),Noor,Khan,2017-02-02,F,3 Hill Street,AW1 4EF,943 476 5919,\n"
            let bad = try Self.rows(text.replacingOccurrences(of: "P81001", with: "P81999"))
            do { _ = try await store.importPupils(bad, by: s.clerk, at: Import.now); Issue.record("accepted an unknown practice") } catch let error as FormatError {
                #expect(error.problems.map(\.description) == ["line 2, gp_practice_ods: P81999 is not a GP practice in the directory."])
            }
            #expect(try await store.personRecord(known.id, for: s.clerk, at: Import.now)?.familyName == "Test")

            let summary = try await store.importPupils(try Self.rows(text), by: s.clerk, at: Import.now)
            #expect(summary == PupilImportSummary(added: 1, updated: 1, withPractice: 1))
            let updated = try #require(try await store.personRecord(known.id, for: s.clerk, at: Import.now))
            #expect(updated.familyName == "Renamed" && updated.postcode == "AW1 3CD" && updated.registeredPracticeCode == "P81001")
            let page = try await store.personRecords(for: s.clerk, matching: "Noor", at: Import.now)
            #expect(page.records.map { [$0.localID, $0.nhsNumber ?? ""] } == [[newUPN, "9434765919"]])
        }
    }
}
