import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Directory pages")
struct DirectoryRouteTests {
    @Test("the home page counts the directory by kind", arguments: TestDatabase.available)
    func home(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/") { res async in
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .html)
                #expect(res.html.contains("GP practices: 1"))
                #expect(res.html.contains("Schools: 1"))
            }
        }
    }

    @Test("searching for a practice shows its safeguarding lead's name, secure email and direct line in one step", arguments: TestDatabase.available)
    func searchShowsLead(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/directory?q=mill%20lane") { res async in
                #expect(res.status == .ok)
                #expect(res.html.contains("Mill Lane Surgery"))
                #expect(res.html.contains("Dr Amina Khan"))
                #expect(res.html.contains("amina.khan@nhs.example"))
                #expect(res.html.contains("0161 496 0102"))
                #expect(!res.html.contains("Ashworth Church Primary School"))
                #expect(res.html.contains(#"value="mill lane""#))
            }
        }
    }

    @Test("the directory finds an organisation by its safeguarding lead's or deputy's name, or by its postcode however it is spaced (issue 16)",
          arguments: TestDatabase.available)
    func searchByLeadAndPostcode(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            for (query, found, other) in [("amina%20khan", "Mill Lane Surgery", "Ashworth Church Primary School"),
                                          ("Sarah%20JONES", "Mill Lane Surgery", "Ashworth Church Primary School"),
                                          ("tom%20wright", "Ashworth Church Primary School", "Mill Lane Surgery"),
                                          ("aw23de", "Ashworth Church Primary School", "Mill Lane Surgery"),
                                          ("AW1%202AB", "Mill Lane Surgery", "Ashworth Church Primary School"),
                                          ("aw1%202", "Mill Lane Surgery", "Ashworth Church Primary School")] {
                try await app.testing().test(.GET, "/directory?q=\(query)") { res async in
                    #expect(res.status == .ok)
                    #expect(res.html.contains(found) && !res.html.contains(other), "\(query)")
                    #expect(res.html.contains("1 organisation<"), "\(query)")
                }
            }
            try await app.testing().test(.GET, "/directory?q=nobody%20called%20this") { res async in
                #expect(res.html.contains("No organisations match"))
            }
        }
    }

    @Test("filtering by kind lists only that kind")
    func filterByKind() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/directory?kind=school") { res async in
                #expect(res.status == .ok)
                #expect(res.html.contains("Ashworth Church Primary School"))
                #expect(!res.html.contains("Mill Lane Surgery"))
                #expect(res.html.contains(#"<option value="school" selected="selected">"#))
            }
        }
    }

    @Test("an unknown kind gets a 400 page with an error summary linking to the field, the search text kept")
    func badKind() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/directory?q=mill&kind=hospital") { res async in
                #expect(res.status == .badRequest)
                #expect(res.html.contains("<title>Error: Directory – Sharewell</title>"))
                #expect(res.html.contains("There is a problem"))
                #expect(res.html.contains(##"<a href="#kind">Choose a kind of organisation from the list"##))
                #expect(res.html.contains(#"aria-describedby="kind-error""#))
                #expect(res.html.contains(#"value="mill""#))
                #expect(!res.html.contains("Mill Lane Surgery"))
            }
        }
    }

    @Test("search text over 100 characters gets a 400 naming the limit")
    func tooLong() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/directory?q=\(String(repeating: "a", count: 101))") { res async in
                #expect(res.status == .badRequest)
                #expect(res.html.contains(##"<a href="#q">Name, code, postcode or lead must be 100 characters or fewer</a>"##))
            }
        }
    }

    @Test("markup and quotes in the search text are shown as text, never run or break out of the field")
    func escapesInput() async throws {
        try await withSharewell { app in
            // "><script>alert(1)</script><x y='
            try await app.testing().test(.GET, "/directory?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cx%20y=%27") { res async in
                #expect(res.status == .ok)
                #expect(!res.html.contains("<script>"))
                #expect(res.html.contains(#"value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&#39;""#))
            }
        }
    }

    @Test("an organisation's page shows its codes, secure mailbox, lead and deputy", arguments: TestDatabase.available)
    func organisationPage(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/directory/p81001") { res async in
                #expect(res.status == .ok)
                for text in ["Mill Lane Surgery", "ODS code", "p81001.safeguarding@nhs.example", "Dr Amina Khan", "Deputy safeguarding lead", "Sarah Jones", "0161 496 0103"] {
                    #expect(res.html.contains(text), "\(text)")
                }
            }
        }
    }

    @Test("a missing organisation or page is a 404 page, not an error", arguments: ["/directory/Z99999", "/no/such/page"])
    func notFound(_ path: String) async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, path) { res async in
                #expect(res.status == .notFound)
                #expect(res.headers.contentType == .html)
                #expect(res.html.contains("Page not found"))
            }
        }
    }

    @Test("every response carries the security headers; the stylesheet is served")
    func headersAndStylesheet() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/sharewell.css") { res async in
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .css)
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                #expect(res.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=31536000") == true)
            }
            try await app.testing().test(.GET, "/api/v1/organisations") { res async in
                #expect(res.headers.first(name: .cacheControl) == "no-store", "no API answer is cached")
            }
        }
    }

    @Test("serve --demo loads a borough into an empty database, and leaves a populated one alone")
    func demoMode() async throws {
        try await withSharewell(organisations: [], demo: true) { app in
            try await app.testing().test(.GET, "/api/v1/organisations?kind=gpPractice") { res async throws in
                #expect(try res.json(OrganisationList.self).organisations.count >= 3)
            }
        }
        try await withSharewell(organisations: [.example], demo: true) { app in
            try await app.testing().test(.GET, "/api/v1/organisations") { res async throws in
                #expect(try res.json(OrganisationList.self).organisations.map(\.code) == ["P81001"])
            }
            try await app.testing().test(.GET, "/") { res async in #expect(res.html.contains("synthetic")) }
        }
    }
}
