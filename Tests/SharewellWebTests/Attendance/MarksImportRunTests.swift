import Foundation
import SQLKit
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// A marks file too large to import inside the request becomes a job (issue 15): the page leads to
/// its progress, and its result shows what the import in the request shows.
@Suite("Sending a large marks file from the page")
struct MarksImportRunTests {
    /// More lines than a request imports: every pupil on the school's roll, a session a line, over
    /// as many days from 1 September 2025 as that takes. With `badLine`, that line has a code no
    /// school uses.
    static func largeFile(_ app: Application, _ fixture: AccountsFixture, badLine: Int? = nil) async throws -> String {
        let store = Store(app.db)
        let lead = try #require(try await store.actingUser(fixture.foreignUser))
        let upns = try await store.personRecords(for: lead, at: Date()).records.map(\.localID)
        let days = ImportMarksJob.linesInRequest / (2 * upns.count) + 1
        let first = try #require(CalendarDate(iso: "2025-09-01"))
        var lines = ["upn,date,session,code"]
        for upn in upns { for d in 0..<days { lines += ["\(upn),\(first.advanced(by: d)),AM,/", "\(upn),\(first.advanced(by: d)),PM,\\"] } }
        if let badLine { lines[badLine - 1] = lines[badLine - 1].replacingOccurrences(of: ",/", with: ",ZZ") }
        #expect(lines.count > ImportMarksJob.linesInRequest + 1)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The marks form sent as a browser sends it, the file chosen.
    static func send(_ browser: TestBrowser, _ csv: String) async throws -> TestingHTTPResponse {
        _ = try await browser.get("/attendance/import")
        let boundary = "marks-job-boundary", csrf = try #require(browser.csrf)
        let fields: [(name: String, file: String?, value: String)] = [("_csrf", nil, csrf), ("marks", "term.csv", csv)]
        let parts = fields.map { name, file, value in
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"" + (file.map { "; filename=\"\($0)\"\r\nContent-Type: text/csv" } ?? "") + "\r\n\r\n\(value)\r\n"
        }
        return try await browser.post("/attendance/import", body: parts.joined() + "--\(boundary)--\r\n",
                                       contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    /// Imports audited so far.
    static func imports(_ app: Application) async throws -> Int {
        struct Row: Decodable { let n: Int }
        return try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'import'").first(decoding: Row.self)?.n ?? 0
    }

    static func school(_ app: Application) async throws -> TestBrowser {
        let lead = TestBrowser(app)
        try await lead.signIn(TestAccounts.email("safeguardinglead", "200101"))
        return lead
    }

    @Test("a large file leads to its job's progress, and its result is what the import in the request stores", arguments: TestDatabase.available)
    func becomesAJob(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let csv = try await Self.largeFile(app, fixture)
            // The same file through the API, which imports at once: what the job must match.
            let token = try await Store(app.db).createAPIToken(organisationCode: "200101", name: "MIS", scopes: [.attendanceWrite], by: .system("test"), at: Date())
            let api = try await TestBrowser(app).post("/api/v1/attendance/marks", body: csv, contentType: .init(type: "text", subType: "csv"),
                                                      headers: ["Authorization": "Bearer \(token.secret)"])
            let expected = try api.content.decode(ImportJSON.self)
            let before = try await Self.imports(app)

            let lead = try await Self.school(app)
            let sent = try await Self.send(lead, csv)
            let jobPath = try #require(sent.headers.first(name: .location))
            #expect(sent.status == .seeOther && jobPath.hasPrefix("/jobs/"), "with no worker in this process, the job's page")
            let waiting = try await lead.get(jobPath)
            #expect(waiting.status == .ok && waiting.body.string.contains("Importing attendance marks") && waiting.headers.first(name: "Refresh") == "5")
            #expect(try await Self.imports(app) == before, "nothing imported in the request")

            #expect(try await app.runJobs(of: [ImportMarksJob.self]) == 1)
            let done = try await lead.get(jobPath)
            let resultPath = MarksImportRun.path(try #require(UUID(uuidString: String(jobPath.dropFirst("/jobs/".count)))))
            #expect(done.body.string.contains("Stored \(expected.marks) marks for \(expected.pupils) pupils from \(expected.from) to \(expected.to)."))
            #expect(done.body.string.contains(#"<a href="\#(resultPath)" id="job-back">See the result</a>"#))
            #expect(try await Self.imports(app) == before + 1)
            let result = try await lead.followed(try await lead.get(resultPath))
            let notice = "Stored \(expected.marks) marks for \(expected.pupils) pupils from \(expected.from) to \(expected.to)."
                + (expected.cleared > 0 ? " \(expected.cleared) pupils not in the file had their marks for the period cleared." : "")
            #expect(result.status == .ok && result.body.string.contains(notice), "the notice the page shows after a synchronous upload")
        }
    }

    @Test("a large file's problems are listed on the job's result, each by line and field, and nothing is stored", arguments: TestDatabase.available)
    func problems(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = try await Self.school(app)
            let sent = try await Self.send(lead, try await Self.largeFile(app, fixture, badLine: 4_000))
            let jobPath = try #require(sent.headers.first(name: .location))
            let before = try await app.rowCount("attendance_years")
            #expect(try await app.runJobs(of: [ImportMarksJob.self]) == 1)
            #expect(try await lead.get(jobPath).body.string.contains("Nothing was stored: the file has 1 problem."))
            let result = try await lead.get(MarksImportRun.path(try #require(UUID(uuidString: String(jobPath.dropFirst("/jobs/".count))))))
            #expect(result.status == .ok && result.body.string.contains("error-summary"))
            #expect(result.body.string.contains("Line 4000, code: ‘ZZ’ is not a DfE attendance code."))
            #expect(try await app.rowCount("attendance_years") == before, "nothing stored")
        }
    }

    @Test("another school, and anyone not at a school, cannot see the job or its result", arguments: TestDatabase.available)
    func onlyTheSchool(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = try await Self.school(app)
            let jobPath = try #require(try await Self.send(lead, try await Self.largeFile(app, fixture)).headers.first(name: .location))
            let resultPath = MarksImportRun.path(try #require(UUID(uuidString: String(jobPath.dropFirst("/jobs/".count)))))
            let store = Store(app.db)
            var other = try #require(try await store.organisation(code: "200101"))
            other.code = "200199"; other.name = "Another school"; other.secureMailbox = "office@200199.example"
            try await store.addOrganisations([other])
            _ = try await store.addUser(NewUser(organisationCode: "200199", email: TestAccounts.email("safeguardinglead", "200199"), displayName: "Other lead",
                                            role: .safeguardingLead, passwordHash: TestAccounts.passwordHash), by: .system("test"), at: Date())
            #expect(try await app.runJobs(of: [ImportMarksJob.self]) == 1)
            let elsewhere = TestBrowser(app)
            try await elsewhere.signIn(TestAccounts.email("safeguardinglead", "200199"))
            #expect(try await elsewhere.get(jobPath).status == .notFound, "another school's job is as missing as none")
            #expect(try await elsewhere.get(resultPath).status == .notFound)
            let practice = TestBrowser(app)
            try await practice.signIn(TestAccounts.email("practitioner"))
            #expect(try await practice.get(jobPath).status == .notFound)
            #expect(try await practice.get(resultPath).status == .forbidden)
            #expect(try await lead.get(resultPath).status == .seeOther, "the school's own lead sees it")
        }
    }
}
