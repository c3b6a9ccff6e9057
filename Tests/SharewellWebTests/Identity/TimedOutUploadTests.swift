import Foundation
import SQLKit
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// A file sent after the session timed out is kept, sealed, and imported after signing in again
/// (issue 15: "kept over time-out"; finding 10: read only for an upload path, within the hour, with the token).
@Suite("A file sent after a time-out is kept, not lost")
struct TimedOutUploadTests {
    static let boundary = "sharewell-boundary"
    static let multipart = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
    static let school = TestAccounts.email("safeguardinglead", "200101")

    /// The marks form as a browser sends it: the token (unless `nil`), the file, and the period fields.
    static func marksForm(csrf: String?, csv: String, from: String = "", to: String = "") -> String {
        let fields = (csrf.map { [("_csrf", $0)] } ?? []) + [("from", from), ("to", to)]
        return fields.map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }.joined()
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"marks\"; filename=\"marks.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n"
            + "--\(boundary)--\r\n"
    }

    /// Signs the school's lead in on the marks page, then lets the session time out (`idle` seconds of nothing).
    static func timedOut(_ app: Application, _ clock: TestClock, idle: TimeInterval = Store.idleTimeout + 60) async throws -> (TestBrowser, csrf: String) {
        let lead = TestBrowser(app)
        try await lead.signIn(school)
        try await lead.get("/attendance/import")
        let csrf = try #require(lead.csrf)
        clock.advance(by: idle)
        return (lead, csrf)
    }

    /// The kept file's id, as the page's buttons carry it.
    static func keptID(_ html: String) -> String? {
        guard let range = html.range(of: #"name="upload" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func sealedFiles(_ app: Application) async throws -> [Data] {
        try await (app.db as! any SQLDatabase).select().column("sealed_file").from("kept_uploads").all()
            .map { try $0.decode(column: "sealed_file", as: Data.self) }
    }

    @Test("time out, send marks: sign in again, the page names the file, and 'import' stores the marks; the kept file is then gone",
          arguments: TestDatabase.available)
    func keptAndImported(_ database: TestDatabase) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(database, clock: clock) { app, fixture in
            let (csv, upns) = try await AttendanceImportRouteTests.marks(app, fixture)
            let (lead, csrf) = try await Self.timedOut(app, clock)
            let sent = try await lead.post("/attendance/import", body: Self.marksForm(csrf: csrf, csv: csv), contentType: Self.multipart)
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == "/sign-in?timed-out=1&return=%2Fattendance%2Fimport")
            let sealed = try await Self.sealedFiles(app)
            #expect(sealed.count == 1)
            #expect(sealed.allSatisfy { $0.range(of: Data(csv.utf8)) == nil && $0.range(of: Data(upns[0].utf8)) == nil }, "the stored bytes are not the CSV")

            let again = try await lead.signIn(Self.school, return: "/attendance/import")
            #expect(again.headers.first(name: .location) == "/attendance/import")
            let page = try await lead.get("/attendance/import").html
            #expect(page.contains("This has not been saved yet: we kept the file ‘marks.csv’ (\(csv.utf8.count) bytes) "
                                  + "you sent before your session timed out."))
            #expect(page.contains(#"id="import-kept-upload""#) && page.contains(#"id="discard-kept-upload""#))
            let id = try #require(Self.keptID(page))

            let imported = try await lead.post("/kept-upload/import", ["upload": id])
            #expect(imported.status == .seeOther, "the route's own Post/Redirect/Get")
            let stored = try await lead.followed(imported).html
            #expect(stored.contains("Stored 8 marks for 2 pupils from 2025-09-01 to 2025-09-02."))
            #expect(!stored.contains("This has not been saved yet"))
            let store = Store(app.db)
            let school = try #require(try await store.actingUser(fixture.foreignUser))
            let pupils = try await store.personRecords(for: school, at: clock.now).records.filter { upns.contains($0.localID) }
            #expect(pupils.count == 2)
            for pupil in pupils {
                let marks = try #require(try await store.attendance(of: pupil.id, for: school))
                let day = try #require(CalendarDate(iso: "2025-09-02"))
                #expect(marks.code(on: day, pm: false) == .illness && marks.code(on: day, pm: true) == .illness)
            }
            #expect(try await app.rowCount("kept_uploads") == 0, "deleted once imported")
            #expect(try await lead.post("/kept-upload/import", ["upload": id]).status == .notFound, "and cannot be imported twice")
        }
    }

    @Test("sent without the session's own form token, or by someone who may not send marks: 403 and nothing kept",
          arguments: ["", "forged-token", "practice"])
    func refusedWithoutToken(_ token: String) async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, fixture in
            let (csv, _) = try await AttendanceImportRouteTests.marks(app, fixture)
            let browser = TestBrowser(app)
            try await browser.signIn(token == "practice" ? TestAccounts.email("safeguardingLead") : Self.school)
            try await browser.get("/")
            let own = try #require(browser.csrf)
            clock.advance(by: Store.idleTimeout + 60)
            let csrf: String? = token == "practice" ? own : token.isEmpty ? nil : token
            let sent = try await browser.post("/attendance/import", body: Self.marksForm(csrf: csrf, csv: csv), contentType: Self.multipart)
            #expect(sent.status == .forbidden)
            #expect(try await app.rowCount("kept_uploads") == 0)
        }
    }

    @Test("a 2 MB file sent 59 minutes after the time-out is kept; one sent 61 minutes after is refused unread, even over the upload limit")
    func onlyWithinTheHour() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let late = try await Self.timedOut(app, clock, idle: Store.idleTimeout + TimedOutUpload.window + 60)
            let refused = try await late.0.post("/attendance/import", body: BodyLimitTests.upload(csrf: late.csrf, bytes: 2_000_000),
                                                contentType: Self.multipart)
            #expect(refused.status == .forbidden)
            // A file larger than any upload may be.
            let limit = Int(UploadLimit.maximum.value)
            let hugeCSV = "upn,date,session,code\n" + String(repeating: "M801315810000,2025-09-01,AM,/\n", count: limit / 30 + 1_000)
            #expect(hugeCSV.utf8.count > limit)
            let huge = try await Self.timedOut(app, clock, idle: Store.idleTimeout + TimedOutUpload.window + 60)
            let unread = try await huge.0.post("/attendance/import", body: Self.marksForm(csrf: huge.csrf, csv: hugeCSV), contentType: Self.multipart)
            #expect(unread.status == .forbidden, "refused before its size is even looked at")
            #expect(try await app.rowCount("kept_uploads") == 0)

            let soon = try await Self.timedOut(app, clock, idle: Store.idleTimeout + TimedOutUpload.window - 60)
            let kept = try await soon.0.post("/attendance/import", body: BodyLimitTests.upload(csrf: soon.csrf, bytes: 2_000_000), contentType: Self.multipart)
            #expect(kept.status == .seeOther && kept.headers.first(name: .location)?.hasPrefix("/sign-in?timed-out=1") == true)
            #expect(try await app.rowCount("kept_uploads") == 1)

            let tooBig = try await Self.timedOut(app, clock)
            let answer = try await tooBig.0.post("/attendance/import", body: Self.marksForm(csrf: tooBig.csrf, csv: hugeCSV), contentType: Self.multipart)
            #expect(answer.status == .payloadTooLarge, "never more than an upload")
            #expect(try await app.rowCount("kept_uploads") == 1)
        }
    }

    @Test("another person cannot import or discard someone's kept file, nor see it")
    func ownerOnly() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, fixture in
            let (csv, _) = try await AttendanceImportRouteTests.marks(app, fixture)
            let (lead, csrf) = try await Self.timedOut(app, clock)
            #expect(try await lead.post("/attendance/import", body: Self.marksForm(csrf: csrf, csv: csv), contentType: Self.multipart).status == .seeOther)
            try await lead.signIn(Self.school, return: "/attendance/import")
            let id = try #require(Self.keptID(try await lead.get("/attendance/import").html))

            let other = TestBrowser(app)
            try await other.signIn(TestAccounts.email("safeguardingLead"))
            try await other.get("/")
            #expect(try await other.post("/kept-upload/import", ["upload": id]).status == .notFound)
            #expect(try await other.post("/kept-upload/discard", ["upload": id]).status == .notFound)
            #expect(!(try await other.get("/early-help/demand-codes").html.contains("marks.csv")))
            #expect(try await app.rowCount("kept_uploads") == 1, "still there for its owner")
            #expect(Self.keptID(try await lead.get("/attendance/import").html) == id)
        }
    }

    @Test("a kept file that fails the route's checks shows its problems (422) and stays to be discarded; discarding deletes it")
    func invalidThenDiscarded() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, fixture in
            let (csv, _) = try await AttendanceImportRouteTests.marks(app, fixture, badCode: true)
            let (lead, csrf) = try await Self.timedOut(app, clock)
            #expect(try await lead.post("/attendance/import", body: Self.marksForm(csrf: csrf, csv: csv), contentType: Self.multipart).status == .seeOther)
            try await lead.signIn(Self.school, return: "/attendance/import")
            let id = try #require(Self.keptID(try await lead.get("/attendance/import").html))
            let refused = try await lead.post("/kept-upload/import", ["upload": id])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.html.contains("Line 4, code: ‘ZZ’ is not a DfE attendance code."))
            #expect(refused.html.contains("This has not been saved yet: we kept the file ‘marks.csv’"), "offered again, to discard")
            #expect(try await app.rowCount("kept_uploads") == 1)

            let discarded = try await lead.post("/kept-upload/discard", ["upload": id])
            #expect(discarded.status == .seeOther && discarded.headers.first(name: .location) == "/attendance/import?kept=discarded")
            let page = try await lead.followed(discarded).html
            #expect(page.contains("We discarded the file you sent before your session timed out: nothing from it was stored."))
            #expect(try await app.rowCount("kept_uploads") == 0)
        }
    }

    @Test("the fields typed beside the file are kept with it, and checked as a fresh upload's would be")
    func fieldsKept() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, fixture in
            let (csv, _) = try await AttendanceImportRouteTests.marks(app, fixture)
            let (lead, csrf) = try await Self.timedOut(app, clock)
            let sent = try await lead.post("/attendance/import", body: Self.marksForm(csrf: csrf, csv: csv, from: "2025-09-01"), contentType: Self.multipart)
            #expect(sent.status == .seeOther)
            try await lead.signIn(Self.school, return: "/attendance/import")
            let id = try #require(Self.keptID(try await lead.get("/attendance/import").html))
            let refused = try await lead.post("/kept-upload/import", ["upload": id])
            #expect(refused.status == .unprocessableEntity && refused.html.contains("Give both dates of the period, or neither"))
        }
    }

    @Test("a size reads as people say it", arguments: [(1, "1 byte"), (900, "900 bytes"), (12_000, "12 KB"), (1_048_576, "1.0 MB"), (3_565_158, "3.4 MB")])
    func sizeWords(_ bytes: Int, _ words: String) {
        #expect(TimedOutUpload.sizeWords(bytes) == words)
    }
}
