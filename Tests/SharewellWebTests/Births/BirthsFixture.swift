import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import VaporTesting

/// The live births borough (`BirthsBorough`) in a running application.
enum BirthsFixture {
    static func with(_ database: TestDatabase, clock: TestClock = TestClock(), _ test: (Application) async throws -> Void) async throws {
        try await withSharewell(database, organisations: BirthsBorough.organisations, clock: clock, prepare: { store in
            try await BirthsBorough.prepare(store, passwordHash: TestAccounts.passwordHash, withOrganisations: false, at: clock.now)
        }, test)
    }

    /// A browser signed in as the practitioner of the organisation with this code.
    static func signedIn(_ app: Application, at code: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(BirthsBorough.email(code))
        return browser
    }

    /// A file sent from the page, as a browser sends it.
    static func upload(_ browser: TestBrowser, _ csv: String) async throws -> TestingHTTPResponse {
        let boundary = "sharewell-boundary"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(browser.csrf ?? "")\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"births\"; filename=\"births.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n"
            + "--\(boundary)--\r\n"
        return try await browser.post("/births/send", body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }
}
