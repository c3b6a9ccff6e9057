import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// "Can I share this?" pre-answers nothing and says one coherent thing (issue 16, item 5).
@Suite("Can I share this?")
struct CanIShareTests {
    @Test("every question starts unanswered; an unanswered one is an error naming it, with 422 and what was chosen and typed kept",
          arguments: TestDatabase.available)
    func nothingPreselected(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/can-i-share?record=\(fixture.ownRecord.uuidString.lowercased())")
            #expect(!practitioner.lastHTML.contains("checked"), "no radio is pre-selected")
            for name in ["identifiable", "confidential", "significantHarm", "publicInterest", "consentWouldEndanger"] {
                #expect(practitioner.lastHTML.contains(#"name="\#(name)" value="yes""#) && practitioner.lastHTML.contains(#"name="\#(name)" value="no""#))
            }
            let answered: [(String, String)] = [("recipient", "200101"), ("purpose", "team-around-the-child"), ("record", fixture.ownRecord.uuidString.lowercased()),
                                                ("identifiable", "yes"), ("consent", "not-sought"), ("action", "decide")]
            let res = try await practitioner.post("/can-i-share", fields: answered)
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            #expect(html.contains("<title>Error: "))
            for message in ["Answer: is it confidential?", "Answer: is a child at risk of significant harm?", "Answer: is there an overriding public interest?",
                            "Answer: would seeking consent put the child at risk?"] {
                #expect(html.contains(message), "\(message)")
            }
            #expect(!html.contains("Answer: would the information identify"), "an answered question is no error")
            #expect(html.contains(#"name="identifiable" value="yes" checked"#) && html.contains(#"value="not-sought" checked"#), "what was chosen is kept")
            #expect(html.contains(#"<option value="200101" selected"#))
            #expect(!html.contains(#"id="decision""#), "no decision on unanswered questions")
        }
    }

    @Test("the decision comes first; lawful sharing without an agreement says to share directly, never 'you may share' beside 'will not send'",
          arguments: TestDatabase.available)
    func oneCoherentAnswer(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let store = Store(app.db)
            let credentials = try #require(try await store.credentials(email: TestAccounts.email("practitioner")))
            let lead = try #require(try await store.actingUser(credentials.userID))
            let request = SharingRequest(recipient: "200101", purpose: .teamAroundTheChild, items: [], bulk: false, subjects: [])
            try #require(try await store.agreementFor(request, by: lead, at: Date()).state == .none, "the demo has no such agreement")
            let school = try #require(try await store.directory().first { $0.code == "200101" })

            let practitioner = TestBrowser(app)
            try await practitioner.signIn(TestAccounts.email("practitioner"))
            try await practitioner.get("/can-i-share")
            let fields: [(String, String)] = [("recipient", "200101"), ("purpose", "team-around-the-child"), ("identifiable", "yes"), ("confidential", "yes"),
                                              ("consent", "not-sought"), ("significantHarm", "yes"), ("publicInterest", "no"),
                                              ("consentWouldEndanger", "no"), ("action", "decide")]
            let html = try await practitioner.post("/can-i-share", fields: fields).body.string
            let decision = try #require(html.range(of: #"id="decision""#)), form = try #require(html.range(of: #"action="/can-i-share""#))
            #expect(decision.lowerBound < form.lowerBound, "the decision is at the top")
            #expect(html.contains("Share it directly, not through Sharewell"))
            #expect(html.contains(school.name.asHTML), "the recipient by name")
            #expect(html.contains(#"href="/agreements""#))
            #expect(!html.contains("You may share") && !html.contains("will not send"), "one answer, not two that contradict")

            let declined = fields.map { $0.0 == "consent" ? ("consent", "refused") : $0.0 == "significantHarm" ? ("significantHarm", "no") : $0 }
            let no = try await practitioner.post("/can-i-share", fields: declined).body.string
            #expect(no.contains("Do not share") && !no.contains("Share it directly") && !no.contains("Sharewell can send"))
        }
    }
}
