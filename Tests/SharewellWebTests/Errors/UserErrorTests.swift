import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// What a user sent wrong is a 4xx with words, decided in one place; periods are bounded (issue 14).
@Suite("Errors caused by users")
struct UserErrorTests {
    @Test("every user-caused store error maps to a 4xx; only the server's own faults stay 5xx")
    func mapping() {
        #expect(StoreError.unknownOrganisation("Z99999").statusForUser == .unprocessableEntity)
        #expect(StoreError.notASchool.statusForUser == .forbidden)
        #expect(StoreError.keyFile(path: "/k", problem: "missing").statusForUser == nil)
        #expect(StoreError.databaseURL.statusForUser == nil)
    }

    @Test("an unknown practice or team code when sending is a clear 4xx, not a 500", arguments: TestDatabase.available)
    func unknownOrganisation(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            try await school.get("/attendance/poor")
            let poor = try await school.post("/attendance/poor/send", fields: [("_csrf", school.csrf ?? ""), ("from", "2025-09-03"), ("to", "2025-12-19"),
                                                                               ("below", "90"), ("practice", "Z99999")])
            #expect((400..<500).contains(poor.status.code), "\(poor.status)")
            #expect(poor.body.string.contains("Z99999"))
            try await school.get("/attendance/illness")
            let illness = try await school.post("/attendance/illness/send", fields: [("_csrf", school.csrf ?? ""), ("from", "2025-09-03"), ("to", "2025-12-19"),
                                                                                     ("days", "10"), ("team", "Z99999")])
            #expect((400..<500).contains(illness.status.code), "\(illness.status)")
        }
    }

    @Test("a NUL in a form or an address is refused before anything is stored, so it cannot break the audit chain", arguments: TestDatabase.available)
    func nulCharacter(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let lead = TestBrowser(app)
            try await lead.signIn(TestAccounts.email("informationGovernanceLead"))
            try await lead.get("/agreements/new")
            let sent = try await lead.post("/agreements", fields: [("title", "a\u{0}b"), ("purpose", "team-around-the-child")])
            #expect(sent.status == .badRequest && sent.body.string.contains("NUL"))
            #expect(try await lead.get("/records?q=a%00b").status == .badRequest)
            let store = Store(app.db)
            // Even text that reaches the log with a NUL is stored as it is read back.
            try await store.audit(.init(action: .view, subject: "x", detail: "a\u{0}b"), by: .system("test"), at: Date())
            guard case .intact = try await store.verifyAudit(against: []) else { Issue.record("the chain broke"); return }
            _ = fixture
        }
    }

    @Test("a list over a period of millennia is refused, naming the field", arguments: TestDatabase.available)
    func unboundedPeriod(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let school = TestBrowser(app)
            try await school.signIn(TestAccounts.email("safeguardinglead", "200101"))
            for page in ["/attendance/poor?from=0001-01-01&to=9999-12-31&below=90", "/attendance/illness?from=0001-01-01&to=9999-12-31&days=10"] {
                let res = try await school.get(page)
                #expect(res.status == .unprocessableEntity && res.body.string.contains("The first day must be 15 January 2017 or later")
                        && res.body.string.contains("The last day must be 15 January 2028 or earlier"), "\(page): \(res.status)")
            }
            #expect(try await school.get("/attendance/poor?from=2025-09-03&to=2025-12-19&below=90").status == .ok)
        }
    }
}
