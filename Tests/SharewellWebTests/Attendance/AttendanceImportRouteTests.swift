import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Sending attendance marks over HTTP")
struct AttendanceImportRouteTests {
    /// Two days of marks for the first two pupils on the demo school's roll.
    static func marks(_ app: Application, _ fixture: AccountsFixture, badCode: Bool = false) async throws -> (csv: String, upns: [String]) {
        let store = Store(app.db)
        let lead = try #require(try await store.actingUser(fixture.foreignUser))
        let upns = try await store.personRecords(for: lead, at: Date()).records.prefix(2).map(\.localID)
        var rows = ["upn,date,session,code"]
        for upn in upns { rows += ["\(upn),2025-09-01,AM,/", "\(upn),2025-09-01,PM,\\", "\(upn),2025-09-02,AM,I", "\(upn),2025-09-02,PM,I"] }
        if badCode { rows[3] = "\(upns[0]),2025-09-02,AM,ZZ" }
        return (rows.joined(separator: "\n") + "\n", upns)
    }

    @Test("a school's MIS token sends a CSV; a bad line is a 422 naming it and stores nothing", arguments: TestDatabase.available)
    func api(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let token = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token.secret)"]
            let bad = try await TestBrowser(app).post("/api/v1/attendance/marks", body: try await Self.marks(app, fixture, badCode: true).csv, contentType: .init(type: "text", subType: "csv"), headers: headers)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(bad.body.string.contains("Line 4, code: ‘ZZ’ is not a DfE attendance code."))
            let store = Store(app.db)
            let lead = try #require(try await store.actingUser(fixture.foreignUser))
            let pupil = try #require(try await store.personRecords(for: lead, at: Date()).records.first?.id)
            let before = try await store.attendance(of: pupil, for: lead)

            let good = try await TestBrowser(app).post("/api/v1/attendance/marks", body: try await Self.marks(app, fixture).csv, contentType: .init(type: "text", subType: "csv"), headers: headers)
            #expect(good.status == .ok)
            let summary = try good.content.decode(ImportJSON.self)
            #expect(try await store.attendance(of: pupil, for: lead) != before)
            #expect([summary.pupils, summary.marks, summary.cleared] == [2, 8, 0] && summary.from == "2025-09-01" && summary.to == "2025-09-02")
        }
    }

    @Test("a file over the upload limit sent to the API is 413 naming the limit, not a fault")
    func apiOverLimit() async throws {
        try await AccountsFixture.with { app, fixture in
            let token = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let huge = "upn,given_name,family_name,date_of_birth,sex,address,postcode,practice\n" + String(repeating: "a", count: Int(UploadLimit.maximum.value) + 1_000)
            let res = try await TestBrowser(app).post("/api/v1/attendance/pupils", body: huge, contentType: .init(type: "text", subType: "csv"),
                                                      headers: ["Authorization": "Bearer \(token.secret)"])
            #expect(res.status == .payloadTooLarge)
            #expect(res.body.string.contains("at most 64 MB"))
        }
    }

    @Test("a practice's token with attendance:write is refused before its file is read, on every upload route", arguments: TestDatabase.available)
    func onlySchoolsUpload(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let token = try await Store(app.db).createAPIToken(organisationCode: "P81001", name: "Not a school", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token.secret)"]
            // Files a parser would refuse with a 422 naming a line: a 403 shows they were never parsed.
            let bad = "upn,date,session,code\nnot-a-upn,9999-99-99,X,ZZ\n"
            for path in ["/api/v1/attendance/marks", "/api/v1/attendance/pupils", "/api/v1/attendance/summaries", "/api/v1/attendance/ctf"] {
                let res = try await TestBrowser(app).post(path, body: bad, contentType: .init(type: "text", subType: "csv"), headers: headers)
                #expect(res.status == .forbidden, "\(path)")
                #expect(!res.body.string.contains("Line"), "\(path): the file was parsed")
            }
        }
    }

    @Test("a school user uploads the file on the page and sees what was stored")
    func page() async throws {
        try await AccountsFixture.with { app, fixture in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let page = try await lead.get("/attendance/import")
            #expect(page.status == .ok)
            let boundary = "sharewell-boundary"
            let csrf = try #require(lead.csrf)
            let csv = try await Self.marks(app, fixture).csv
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"marks\"; filename=\"marks.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n"
                + "--\(boundary)--\r\n"
            let sent = try await lead.post("/attendance/import", body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
            #expect(sent.status == .seeOther, "Post/Redirect/Get: a reload sends nothing again")
            let stored = try await lead.followed(sent)
            #expect(stored.status == .ok && stored.body.string.contains("Stored 8 marks for 2 pupils from 2025-09-01 to 2025-09-02."))
            // A notice is made of counts and days only: nothing typed into the address reaches the page.
            let forged = try await lead.get("/attendance/import?done=marks&marks=1&pupils=1&from=%3Cscript%3E&to=99999999999")
            #expect(forged.status == .ok && !forged.body.string.contains("<script>"))
        }
    }

    @Test("a school's MIS token sends the pupil file; a line with a practice outside the directory is named")
    func pupilsAPI() async throws {
        try await AccountsFixture.with { app, fixture in
            let token = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token.secret)"]
            let upn = try await Self.marks(app, fixture).upns[0]
            let csv = "upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods\n\(upn),Ava,Brown,2016-03-04,F,1 Mill Lane,AW1 2AB,,"
            let bad = try await TestBrowser(app).post("/api/v1/attendance/pupils", body: csv + "Z99999\n", contentType: .init(type: "text", subType: "csv"), headers: headers)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Line 2, gp_practice_ods: Z99999 is not a GP practice in the directory."))
            let good = try await TestBrowser(app).post("/api/v1/attendance/pupils", body: csv + "P81001\n", contentType: .init(type: "text", subType: "csv"), headers: headers)
            #expect(good.status == .ok)
            let summary = try good.content.decode(PupilImportJSON.self)
            #expect(summary.added == 0 && summary.updated == 1 && summary.withPractice == 1)
        }
    }

    @Test("the navigation offers sending marks to schools and the attendance inbox to practices")
    func navigation() async throws {
        try await AccountsFixture.with { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            let schoolHome = try await school.get("/").body.string
            #expect(schoolHome.contains(#"href="/attendance/import""#) && !schoolHome.contains(#"href="/inbox/attendance""#))
            let practice = TestBrowser(app)
            try await practice.signIn(TestAccounts.email("practitioner"))
            let practiceHome = try await practice.get("/").body.string
            #expect(!practiceHome.contains(#"href="/attendance/import""#) && practiceHome.contains(#"href="/inbox/attendance""#))
        }
    }

    @Test("a CTF and per-pupil summaries over the API: stored when good, 422 naming the element path or line when not", arguments: TestDatabase.available)
    func transferAndSummaries(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let token = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token.secret)"]
            let xml = HTTPMediaType(type: "application", subType: "xml"), csv = HTTPMediaType(type: "text", subType: "csv")
            func ctf(_ marks: String) -> String {
                "<CTfile><Header/><CTFpupilData><Pupil><UPN>B801200005001</UPN><Surname>Brown</Surname><Forename>Ava</Forename><DOB>2016-03-04</DOB><Sex>F</Sex>"
                    + "<Attendance><YearData><Year>2025</Year><SessionsPossible>4</SessionsPossible><SessionsAuthorised>0</SessionsAuthorised>"
                    + "<SessionsUnauthorised>0</SessionsUnauthorised><AttendanceMarks>\(marks)</AttendanceMarks><AttendanceStartDate>2025-09-03</AttendanceStartDate>"
                    + "</YearData></Attendance></Pupil></CTFpupilData></CTfile>"
            }
            let bad = try await TestBrowser(app).post("/api/v1/attendance/ctf", body: ctf("//!/"), contentType: xml, headers: headers)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/AttendanceMarks"))
            let good = try await TestBrowser(app).post("/api/v1/attendance/ctf", body: ctf("/\\/\\"), contentType: xml, headers: headers)
            #expect(good.status == .ok)
            let stored = try good.content.decode(TransferFileJSON.self)
            #expect([stored.pupils, stored.added, stored.yearsOfMarks, stored.yearsOfTotals] as [Int] == [1, 1, 1, 0])

            let header = "upn,from,to,possible_sessions,attended_sessions,authorised_absence,unauthorised_absence\n"
            let wrong = try await TestBrowser(app).post("/api/v1/attendance/summaries", body: header + "B801200005001,2025-09-01,2025-12-19,100,90,5,6\n", contentType: csv, headers: headers)
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("Line 2, possible_sessions"))
            let right = try await TestBrowser(app).post("/api/v1/attendance/summaries", body: header + "B801200005001,2025-09-01,2025-12-19,100,89,5,6\n", contentType: csv, headers: headers)
            #expect(right.status == .ok)
            #expect(try right.content.decode(SummaryImportJSON.self).summaries == 1)
        }
    }
}
