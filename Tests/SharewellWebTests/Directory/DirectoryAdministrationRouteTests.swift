import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Directory administration over HTTP")
struct DirectoryAdministrationRouteTests {
    @Test("an administrator edits their organisation's lead; a bad postcode is explained and changes nothing", arguments: TestDatabase.available)
    func edit(_ database: TestDatabase) async throws {
        try await AccountsFixture.with(database) { app, _ in
            let admin = TestBrowser(app)
            try await admin.signIn(TestAccounts.email("administrator"))
            #expect(try await admin.get("/directory/P81001").body.string.contains("Edit this entry"))
            let form = try await admin.get("/directory/P81001/edit").body.string
            let current = try #require(try await Store(app.db).organisation(code: "P81001"))
            #expect(form.contains(current.safeguardingLead.name.attributeEscaped))
            var fields = DirectoryEntryFormPage.organisationFields + DirectoryEntryFormPage.leadFields + DirectoryEntryFormPage.deputyFields
            var values = DirectoryEntryDraft(current)
            values.postcode = "NOT A POSTCODE"
            let bad = try await admin.post("/directory/P81001/edit", fields: fields.map { ($0.name, values[keyPath: $0.path]) })
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("There is a problem") && bad.body.string.contains(#"value="NOT A POSTCODE""#))
            #expect(try await Store(app.db).organisation(code: "P81001") == current)

            values.postcode = current.postcode.value
            values.leadName = "Dr Priya Shah"
            fields.removeAll { $0.name.hasPrefix("deputy") }  // no deputy any more
            let saved = try await admin.post("/directory/P81001/edit", fields: fields.map { ($0.name, values[keyPath: $0.path]) })
            #expect(saved.headers.first(name: .location) == "/directory/P81001")
            let updated = try #require(try await Store(app.db).organisation(code: "P81001"))
            #expect(updated.safeguardingLead.name == "Dr Priya Shah" && updated.deputySafeguardingLead == nil)
            #expect(try await admin.get("/directory/200101").body.string.contains("Edit this entry") == false)
        }
    }
}
