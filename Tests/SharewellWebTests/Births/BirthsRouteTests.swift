import Foundation
import SharewellCore
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
            #expect(try await centre.get("/births/digest").body.string.contains("Ada Listed"))

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

    @Test("births as a FHIR R4 Bundle: stored and sent as a CSV's are, sent again they update; a bad Bundle is a 422 OperationOutcome naming FHIRPath expressions, storing nothing",
          arguments: TestDatabase.available)
    func fhirBundle(_ database: TestDatabase) async throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SharewellFormatsTests/Fixtures/births-fhir")
        let valid = try String(contentsOf: fixtures.appendingPathComponent("valid/three-births.json"), encoding: .utf8)
        let invalid = try String(contentsOf: fixtures.appendingPathComponent("invalid/fields.json"), encoding: .utf8)
        try await BirthsFixture.with(database) { app in
            let token = try await Store(app.db).createAPIToken(organisationCode: "RX402", name: "Maternity system", scopes: [.birthsWrite], by: .system("test"), at: Date())
            let fhir = HTTPMediaType(type: "application", subType: "fhir+json")
            let send = { (body: String) in try await TestBrowser(app).post("/fhir/Bundle", body: body, contentType: fhir, headers: ["Authorization": "Bearer \(token.secret)"]) }
            let refused = try await send(invalid)
            #expect(refused.status == .unprocessableEntity && refused.headers.contentType?.subType == "fhir+json")
            #expect(refused.body.string.contains(#""resourceType": "OperationOutcome""#) && refused.body.string.contains(#""expression": ["Bundle.entry[4].resource.subject.reference"]"#))
            let first = try await send(valid)
            #expect(first.status == .ok)
            #expect(try first.content.decode(BirthImportJSON.self).added == 3)
            let again = try await send(valid)
            #expect(try [again.content.decode(BirthImportJSON.self).added, again.content.decode(BirthImportJSON.self).updated] == [0, 3], "sent again, the same births are updated, not added")
            let anonymous = try await TestBrowser(app).post("/fhir/Bundle", body: valid, contentType: fhir)
            #expect(anonymous.status == .unauthorized)
        }
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
