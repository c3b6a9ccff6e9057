import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Live births through the pages and the API (issue 18): maternity sends, the centre contacts.
@Suite("Live births pages and API")
struct BirthsRouteTests {
    @Test("maternity uploads (a bad file is a 422, storing nothing); the centre sees only consented families, totals suppressed; records a welcome and registration; a later do-not-contact by the API withdraws the family",
          arguments: TestDatabase.available)
    func journey(_ database: TestDatabase) async throws {
        try await BirthsFixture.with(database) { app in
            let maternity = TestBrowser(app)
            try await maternity.signIn(BirthsBorough.email("RX402"))
            #expect(try await maternity.get("/births/send").status == .ok)
            let bad = try await BirthsFixture.upload(maternity, BirthsBorough.csv.replacingOccurrences(of: "AW1 2DE", with: "NOT A POSTCODE"))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("<title>Error: ") && bad.body.string.contains("Line 3, postcode: ‘NOT A POSTCODE’ is not a UK postcode."))
            #expect(try await app.rowCount("birth_notices") == 0, "all or nothing")
            let sent = try await BirthsFixture.upload(maternity, BirthsBorough.csv)
            #expect(sent.status == .seeOther)
            #expect(try await maternity.followed(sent).body.string.contains("Births stored: 5 new, 0 updated. 1 family is on a children's centre's list"))

            let centre = TestBrowser(app)
            try await centre.signIn(BirthsBorough.email("600101"))
            let list = try await centre.get("/births").body.string
            #expect(list.contains("Ada Listed"))
            for hidden in ["Bereaved", "Refused", "Nowhere"] { #expect(!list.contains(hidden), "\(hidden) never reaches the centre") }
            #expect(list.contains(#"<dt class="summary-key">Births in the area</dt>"#) && list.contains(#"<dd class="summary-value">*</dd>"#), "3 births is shown as *")
            #expect(try await app.auditCount("births-listed", subject: "births_received:600101") == 1)

            let link = try #require(Self.firstBirthLink(list))
            #expect(try await centre.get(link).status == .ok)
            let unchosen = try await centre.post(link + "/welcome", ["on[day]": "10", "on[month]": "12", "on[year]": "2026"])
            #expect(unchosen.status == .unprocessableEntity && unchosen.body.string.contains("Choose how the family was welcomed"))
            #expect(unchosen.body.string.contains(#"value="2026""#), "what was typed is kept")
            let day = CalendarDate(inEngland: Date(timeIntervalSince1970: 1_800_000_000))
            let date = ["on[day]": String(day.day), "on[month]": String(day.month), "on[year]": String(day.year)]
            #expect(try await centre.post(link + "/welcome", date.merging(["method": "visit"]) { a, _ in a }).status == .seeOther)
            try await centre.get(link)
            #expect(try await centre.post(link + "/registration", date).status == .seeOther)
            let worked = try await centre.get("/births").body.string
            #expect(worked.contains("Visit, \(day)") && worked.contains("<td>\(day)</td>"))
            let digest = try await centre.get("/births/digest").body.string
            #expect(digest.contains("Ada Listed") && digest.contains("2027-01-15, Mill Children's Centre (600101)."), "the centre named as the directory names it")

            let token = try await Store(app.db).createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let later = BirthsBorough.csv.replacingOccurrences(of: "AW1 1AB,yes,no,", with: "AW1 1AB,yes,yes,")
            let api = try await TestBrowser(app).post("/api/v1/births", body: later, contentType: .init(type: "text", subType: "csv"),
                                                      headers: ["Authorization": "Bearer \(token.secret)"])
            #expect(api.status == .ok)
            let summary = try api.content.decode(BirthImportJSON.self)
            #expect([summary.added, summary.updated, summary.listed, summary.unassigned] as [Int] == [0, 5, 0, 1])
            let after = try await centre.get("/births").body.string
            #expect(!after.contains("Ada Listed") && after.contains("1 family was withdrawn"))
            #expect(try await centre.get(link).status == .notFound)
        }
    }

    @Test("births as a FHIR R4 Bundle: stored and sent as a CSV's are, answered with an information OperationOutcome counting them; sent again they update; a bad Bundle is a 422 OperationOutcome naming FHIRPath expressions, storing nothing",
          arguments: TestDatabase.available)
    func fhirBundle(_ database: TestDatabase) async throws {
        let valid = try Self.fixture("valid/three-births.json"), invalid = try Self.fixture("invalid/fields.json")
        try await BirthsFixture.with(database) { app in
            let token = try await Store(app.db).createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let send = { (body: String) in try await TestBrowser(app).post("/fhir/Bundle", body: body, contentType: Self.fhir, headers: ["Authorization": "Bearer \(token.secret)"]) }
            let refused = try await send(invalid)
            #expect(refused.status == .unprocessableEntity && refused.headers.contentType?.subType == "fhir+json")
            #expect(refused.body.string.contains(#""resourceType": "OperationOutcome""#) && refused.body.string.contains(#""expression": ["Bundle.entry[4].resource.subject.reference"]"#))
            #expect(try await app.rowCount("birth_notices") == 0, "all or nothing")
            let first = try await send(valid)
            #expect(first.status == .ok && first.headers.contentType?.subType == "fhir+json")
            let stored = try Self.outcome(first)
            #expect(stored.issue.allSatisfy { $0.severity == "information" || $0.severity == "warning" })
            #expect(stored.issue.first?.diagnostics.hasPrefix("Births stored: 3 new, 0 updated.") == true)
            #expect(stored.figures == ["added": 3, "updated": 0, "listed": 1, "unassigned": 1])
            let again = try Self.outcome(try await send(valid))
            #expect(again.figures["added"] == 0 && again.figures["updated"] == 3, "sent again, the same births are updated, not added")
        }
    }

    @Test("every answer of POST /fhir/Bundle is an OperationOutcome: no token 401, a revoked one 401, a centre's token 403, a method 405, a media type 415, a date of birth after today 422",
          arguments: TestDatabase.available)
    func fhirRefusals(_ database: TestDatabase) async throws {
        let valid = try Self.fixture("valid/three-births.json")
        try await BirthsFixture.with(database) { app in
            let store = Store(app.db)
            let maternity = try await store.createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let centre = try await store.createAPIToken(organisationCode: "600101", name: "Not a sender", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let bearer = { (secret: String) -> HTTPHeaders in ["Authorization": "Bearer \(secret)"] }
            let answers: [(String, TestingHTTPResponse, HTTPStatus, String)] = [
                ("no token", try await TestBrowser(app).post("/fhir/Bundle", body: valid, contentType: Self.fhir), .unauthorized, "login"),
                ("unknown token", try await TestBrowser(app).post("/fhir/Bundle", body: valid, contentType: Self.fhir, headers: bearer("sw_not_a_token")), .unauthorized, "login"),
                ("centre", try await TestBrowser(app).post("/fhir/Bundle", body: valid, contentType: Self.fhir, headers: bearer(centre.secret)), .forbidden, "forbidden"),
                ("GET", try await TestBrowser(app).get("/fhir/Bundle", headers: bearer(maternity.secret)), .methodNotAllowed, "not-supported"),
                ("text/csv", try await TestBrowser(app).post("/fhir/Bundle", body: valid, contentType: .init(type: "text", subType: "csv"), headers: bearer(maternity.secret)),
                 .unsupportedMediaType, "not-supported"),
                ("born tomorrow", try await TestBrowser(app).post("/fhir/Bundle", body: valid.replacingOccurrences(of: "\"birthDate\": \"2026-02-20\"", with: "\"birthDate\": \"2027-01-16\""),
                                                                  contentType: Self.fhir, headers: bearer(maternity.secret)), .unprocessableEntity, "value"),
            ]
            for (what, answer, status, code) in answers {
                #expect(answer.status == status, "\(what)")
                #expect(answer.headers.contentType?.subType == "fhir+json", "\(what): \(answer.headers.contentType?.serialize() ?? "none")")
                let outcome = try Self.outcome(answer)
                #expect(outcome.resourceType == "OperationOutcome" && outcome.issue.map(\.code) == [code] && outcome.issue.allSatisfy { $0.severity == "error" }, "\(what): \(answer.body.string)")
            }
            #expect(answers[0].1.headers.first(name: .wwwAuthenticate) == "Bearer" && answers[3].1.headers.first(name: .allow) == "POST")
            #expect(answers[5].1.body.string.contains(#""expression": ["Bundle.entry[0].resource.birthDate"]"#))
            #expect(answers[5].1.body.string.contains("The baby's date of birth must be today or in the past, not ‘2027-01-16’"))
            #expect(try await app.rowCount("birth_notices") == 0)
        }
    }

    @Test("a Bundle giving two babies one NHS number is refused as an OperationOutcome at the second baby's entry, nothing stored", arguments: TestDatabase.available)
    func fhirOneNumberTwice(_ database: TestDatabase) async throws {
        var bundle = try JSONSerialization.jsonObject(with: Data(try Self.fixture("valid/three-births.json").utf8)) as! [String: Any]
        var entries = bundle["entry"] as! [[String: Any]]
        let first = entries[0]["resource"] as! [String: Any]
        var second = entries[4]["resource"] as! [String: Any]
        second["identifier"] = first["identifier"]
        entries[4]["resource"] = second; bundle["entry"] = entries
        let twice = String(decoding: try JSONSerialization.data(withJSONObject: bundle), as: UTF8.self)
        try await BirthsFixture.with(database) { app in
            let token = try await Store(app.db).createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let answer = try await TestBrowser(app).post("/fhir/Bundle", body: twice, contentType: Self.fhir, headers: ["Authorization": "Bearer \(token.secret)"])
            #expect(answer.status == .unprocessableEntity && answer.headers.contentType?.subType == "fhir+json")
            let outcome = try Self.outcome(answer)
            #expect(outcome.issue.map(\.code) == ["duplicate"] && outcome.issue.allSatisfy { $0.severity == "error" }, "\(answer.body.string)")
            #expect(answer.body.string.contains(#"Bundle.entry[4]"#) && answer.body.string.contains("is also the baby in entry 0"), "\(answer.body.string)")
            #expect(try await app.rowCount("birth_notices") == 0)
        }
    }

    static let fhir = HTTPMediaType(type: "application", subType: "fhir+json")

    static func fixture(_ name: String) throws -> String {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SharewellFormatsTests/Fixtures/births-fhir")
        return try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// An OperationOutcome as a FHIR client reads it, with the counts its issues carry.
    struct Outcome: Decodable {
        struct Issue: Decodable {
            struct Extension: Decodable { let url: String; let valueInteger: Int? }
            struct Details: Decodable { struct Coding: Decodable { let system: String; let code: String }; let coding: [Coding] }
            let severity: String, code: String, diagnostics: String
            let `extension`: [Extension]?
            let details: Details?
        }
        let resourceType: String
        let issue: [Issue]
        var figures: [String: Int] {
            Dictionary(uniqueKeysWithValues: issue.compactMap { issue in
                guard let code = issue.details?.coding.first(where: { $0.system == OperationOutcome.figureSystem })?.code,
                      let count = issue.`extension`?.first(where: { $0.url == OperationOutcome.countExtension })?.valueInteger else { return nil }
                return (code, count)
            })
        }
    }

    static func outcome(_ response: TestingHTTPResponse) throws -> Outcome {
        try JSONDecoder().decode(Outcome.self, from: Data(response.body.readableBytesView))
    }

    @Test("only maternity and child health send births, by page or token; only the early years team sets catchments, overlaps refused with what was typed kept",
          arguments: TestDatabase.available)
    func whoMay(_ database: TestDatabase) async throws {
        try await BirthsFixture.with(database) { app in
            let token = try await Store(app.db).createAPIToken(organisationCode: "600101", name: "Not a sender", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let refused = try await TestBrowser(app).post("/api/v1/births", body: BirthsBorough.csv, contentType: .init(type: "text", subType: "csv"),
                                                          headers: ["Authorization": "Bearer \(token.secret)"])
            #expect(refused.status == .forbidden)
            let centre = TestBrowser(app)
            try await centre.signIn(BirthsBorough.email("600101"))
            #expect(try await centre.get("/births/send").status == .forbidden)
            #expect(try await centre.get("/births/catchments").status == .forbidden)

            let team = TestBrowser(app)
            try await team.signIn(BirthsBorough.email("353-EY"))
            #expect(try await team.get("/births/catchments").status == .ok)
            let overlap = try await team.post("/births/catchments/600102", ["sectors": "AW2 1; AW1 1"])
            #expect(overlap.status == .unprocessableEntity)
            #expect(overlap.body.string.contains("AW1 1 is already in the catchment of Mill Children's Centre (600101)"))
            #expect(overlap.body.string.contains(#"value="AW2 1; AW1 1""#), "what was typed is kept")
            let saved = try await team.post("/births/catchments/600102", ["sectors": "AW2 1; AW2 2"])
            #expect(saved.status == .seeOther)
            #expect(try await team.followed(saved).body.string.contains(#"value="AW2 1; AW2 2""#))
            #expect(try await team.post("/births/catchments/999999", ["sectors": "AW3 1"]).status == .notFound)
        }
    }

    static func firstBirthLink(_ html: String) -> String? {
        guard let range = html.range(of: #"href="/births/"#) else { return nil }
        let rest = html[range.upperBound...].prefix { $0 != "\"" }
        guard UUID(uuidString: String(rest)) != nil else { return firstBirthLink(String(html[range.upperBound...])) }
        return "/births/" + rest
    }
}
