import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Large bodies are read only where a signed-in person may send a file (issue 14, finding 10).
@Suite("Request bodies are bounded before they are read")
struct BodyLimitTests {
    static let boundary = "sharewell-boundary"
    static let multipart = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])

    static func upload(csrf: String, bytes: Int) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"marks\"; filename=\"marks.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + "upn,date,session,code\n" + String(repeating: "M801315810000,2025-09-01,AM,/\n", count: bytes / 31) + "\r\n--\(boundary)--\r\n"
    }

    @Test("an anonymous 2 MB multipart body is refused unread, on a real upload path and on one that does not exist")
    func anonymous() async throws {
        try await AccountsFixture.with { app, _ in
            for path in ["/attendance/import", "/no-such-page", "/sign-in"] {
                let res = try await TestBrowser(app).post(path, body: Self.upload(csrf: "x", bytes: 2_000_000), contentType: Self.multipart)
                #expect(res.status == .payloadTooLarge, "\(path): \(res.status)")
                #expect(!res.body.string.contains("Payload Too Large") || res.body.string.contains("larger than this form accepts"))
            }
        }
    }

    @Test("a half sign-in (the password without its code) may send no more than a stranger: a 2 MB upload is refused unread")
    func halfSignedIn() async throws {
        let clock = TestClock()
        try await AccountsFixture.with(clock: clock) { app, _ in
            let owner = TestBrowser(app)
            try await owner.signIn(TestAccounts.email("safeguardinglead", "200101"))
            try await owner.get("/account/two-factor")
            let totp = try #require(TOTP(base32: SignInTests.shownKey(owner.lastHTML)))
            #expect(try await owner.post("/account/two-factor", ["code": totp.code(step: TOTP.timeStep(at: clock.now))]).status == .ok)

            let half = TestBrowser(app)
            #expect(try await half.signIn(TestAccounts.email("safeguardinglead", "200101")).headers.first(name: .location)?.hasPrefix("/sign-in/code") == true)
            try await half.get("/sign-in/code")
            let upload = try await half.post("/attendance/import", body: Self.upload(csrf: half.csrf ?? "", bytes: 2_000_000), contentType: Self.multipart)
            #expect(upload.status == .payloadTooLarge, "\(upload.status)")
        }
    }

    @Test("a signed-in school sends a 2 MB file to its upload page, but not to another page")
    func signedIn() async throws {
        try await AccountsFixture.with { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            try await school.get("/attendance/import")
            let csrf = try #require(school.csrf)
            let upload = try await school.post("/attendance/import", body: Self.upload(csrf: csrf, bytes: 2_000_000), contentType: Self.multipart)
            #expect(upload.status != .payloadTooLarge && upload.status != .forbidden, "\(upload.status)")
            let elsewhere = try await school.post("/attendance/poor/send", body: Self.upload(csrf: csrf, bytes: 2_000_000), contentType: Self.multipart)
            #expect(elsewhere.status == .payloadTooLarge)
        }
    }

    @Test("a typed form over the ordinary limit comes back filled in, with the overlong field named and 'not saved yet'; over a generous limit it is refused unread")
    func overlongForm() async throws {
        try await AccountsFixture.with { app, fixture in
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("safeguardingLead"))
            let consent = "/records/\(fixture.ownRecord.uuidString.lowercased())/consent"
            _ = try await gp.get(consent)
            let csrf = try #require(gp.csrf)
            let long = String(repeating: "The family asked us to wait. ", count: 1_000)  // 29,000 characters
            let fields = [("_csrf", csrf), ("_form", consent), ("kind", "given"), ("givenBy", "mother, Jane Doe"), ("method", "verbally at 200101"), ("note", long)]
            let kept = try await gp.post(consent, fields: fields)
            #expect(kept.status == .seeOther, "\(kept.status)")
            let back = try await gp.followed(kept)
            let page = back.body.string
            #expect(back.status == .ok && page.contains("This has not been saved yet") && page.contains("error-summary"))
            #expect(page.contains("‘note’") && page.contains("The family asked us to wait."), "what was typed comes back")
            #expect(page.contains("verbally at 200101") && page.contains("mother, Jane Doe"), "and the other fields with it")
            let huge = try await gp.post(consent, fields: [("_csrf", csrf), ("note", String(repeating: "x", count: 1_100_000))])
            #expect(huge.status == .payloadTooLarge)
        }
    }
}
