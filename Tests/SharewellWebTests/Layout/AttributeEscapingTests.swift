import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
import SQLKit
@testable import SharewellWeb
import Testing
import VaporTesting

/// Every attribute is escaped by construction (issue 14, finding 3): the helpers pages use escape
/// what they are given, nothing builds an attribute around them, and a school's hostile pupil and
/// organisation names come out inert on every page of the practice that receives them.
@Suite("Attributes escaped by construction")
struct AttributeEscapingTests {
    static let hostile = ["\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "</script><script>alert(1)</script>",
                          "' onmouseover='alert(1)", "x\" autofocus onfocus=\"alert(1)"]

    /// What the payloads become if they escape: a new element, or a handler inside a tag. (Quotes
    /// in text between tags are harmless and stay as typed; the error summary's own `autofocus`
    /// is the page's, not the payload's.)
    static func injected(_ html: String) -> [String] {
        var found: [String] = []
        for marker in ["<meta http-equiv", "<script>alert"] where html.contains(marker) { found.append(marker) }
        let tags = html.matches(of: /<[a-zA-Z][^>]*>/).map { String($0.output) }
        for tag in tags where tag.contains("onmouseover='") || tag.contains("onfocus=\"") || tag.contains("\" autofocus onfocus") { found.append(tag) }
        return found
    }

    @Test("typed text put back into a form's attributes is escaped", arguments: hostile)
    func typedText(_ text: String) {
        let model = DirectoryList.Model(text: text, kind: text, entries: [], errors: [FieldError(field: "kind", message: text)])
        let html = DirectoryList.view(model, context: PageSnapshotTests.demo).render()
        #expect(Self.injected(html).isEmpty, "\(Self.injected(html))")
        #expect(html.contains("value=\"\(text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;"))\""))
    }

    @Test("no page file builds an attribute by hand or writes raw markup")
    func noBypass() throws {
        let web = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/SharewellWeb").standardized
        let files = try #require(FileManager.default.enumerator(at: web, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        for file in files where file.lastPathComponent != "EscapedAttributes.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for bypass in ["Attribute(name:", ".raw(", "Node.raw", "attributeEscaped"] {
                #expect(!text.contains(bypass), "\(file.lastPathComponent) uses \(bypass)")
            }
        }
    }

    @Test("a school's hostile pupil and school names reach the practice's pages inert", arguments: TestDatabase.available)
    func hostileNamesAcrossOrganisations(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, fixture in
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.update("person_records").set("given_name", to: Self.hostile[0]).set("family_name", to: Self.hostile[3]).run()
            try await sql.update("person_records").set("address_line", to: Self.hostile[2]).run()
            try await sql.update("organisations").set("name", to: Self.hostile[1]).where("code", .equal, "200101").run()
            let ids = try await AttendanceLiaisonRouteTests.sendList(app, fixture)
            try #require(!ids.isEmpty)
            let pupil = "/inbox/attendance/\(ids[0].uuidString.lowercased())"
            let pages = ["/", "/inbox/attendance", pupil, "\(pupil)/letter", "/inbox/attendance/letters", "/attendance/report",
                         "/records", "/records/\(fixture.ownRecord.uuidString.lowercased())", "/records/\(fixture.ownRecord.uuidString.lowercased())/consent",
                         "/directory", "/directory/200101", "/agreements", "/early-help", "/early-help/opt-outs", "/can-i-share?record=\(fixture.ownRecord.uuidString.lowercased())"]
            let gp = TestBrowser(app)
            try await gp.signIn(TestAccounts.email("safeguardingLead"))
            _ = try await gp.get(pupil)
            let saved = try await gp.post(pupil, fields: [("_csrf", gp.csrf ?? ""), ("medicalReason", "possible"), ("category", "mental-health"),
                                                          ("internalNotes", Self.hostile[1]), ("familyContacted", "yes"), ("finalMedicalReason", "not-yet")])
            #expect(saved.status == .ok || saved.status == .seeOther)
            var shownHostile = 0
            for page in pages {
                let res = try await gp.get(page)
                #expect(res.status == .ok, "status of \(page)")
                let html = res.body.string
                #expect(Self.injected(html).isEmpty, "\(page) shows \(Self.injected(html)) unescaped")
                if html.contains("&lt;meta http-equiv") || html.contains("&lt;/script&gt;") { shownHostile += 1 }
            }
            #expect(shownHostile >= 4, "the hostile names were shown (escaped) on the pages that list pupils")
        }
    }
}
