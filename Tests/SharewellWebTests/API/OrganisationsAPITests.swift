import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("Organisations API")
struct OrganisationsAPITests {
    @Test("listing practices returns each with a safeguarding lead and secure email", arguments: TestDatabase.available)
    func listPractices(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/api/v1/organisations?kind=gpPractice") { res async throws in
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .json)
                let list = try res.json(OrganisationList.self)
                #expect(list.organisations.map(\.code) == ["P81001"])
                #expect(list.organisations[0].safeguardingLead.secureEmail == "amina.khan@nhs.example")
                #expect(list.organisations[0].address.postcode == "AW1 2AB")
            }
            try await app.testing().test(.GET, "/api/v1/organisations") { res async throws in
                #expect(try res.json(OrganisationList.self).organisations.count == 2)
            }
        }
    }

    @Test("one organisation by code, any case", arguments: TestDatabase.available)
    func show(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/api/v1/organisations/200101") { res async throws in
                let org = try res.json(OrganisationJSON.self)
                #expect(org.kind == "school")
                #expect(org.deputySafeguardingLead == nil)
            }
        }
    }

    @Test("an unknown kind is a 400 problem naming the field")
    func badKind() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/api/v1/organisations?kind=GP") { res async throws in
                #expect(res.status == .badRequest)
                #expect(res.headers.contentType?.subType == "problem+json")
                let problem = try res.json(ProblemBody.self)
                #expect(problem.status == 400)
                #expect(problem.errors?.map(\.field) == ["kind"])
                #expect(problem.detail.contains("‘GP’ is not a kind of organisation"))
            }
        }
    }

    @Test("a method no route answers at an API address is 405 with the methods that are; an address nothing answers stays 404", arguments: [
        ("TRACE", "/api/v1/organisations", "GET, HEAD"), ("DELETE", "/api/v1/organisations/200101", "GET, HEAD"),
        ("PUT", "/api/v1/attendance/marks", "POST"), ("GET", "/api/v1/attendance/ctf", "POST"), ("POST", "/api/v1/records/1f0e7d7c-0000-4000-8000-000000000000", "GET, HEAD"),
    ])
    func methodNotAllowed(_ method: String, _ path: String, _ allow: String) async throws {
        try await withSharewell { app in
            try await app.testing().test(HTTPMethod(rawValue: method), path) { res async throws in
                #expect(res.status == .methodNotAllowed)
                #expect(res.headers.first(name: "Allow") == allow)
                #expect(res.headers.contentType?.subType == "problem+json")
            }
            try await app.testing().test(HTTPMethod(rawValue: method), "/api/v1/nothing-here") { res async throws in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("an unknown or revoked token is 401 with WWW-Authenticate, like a missing one")
    func badToken() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/api/v1/organisations", headers: ["Authorization": "Bearer nope"]) { res async throws in
                #expect(res.status == .unauthorized)
                #expect(res.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
            }
        }
    }

    @Test("a search's length is counted in code points, as the API document states: 60 line breaks are 120, over the limit")
    func searchLength() async throws {
        try await withSharewell { app in
            let breaks = String(repeating: "%0D%0A", count: 60)
            try await app.testing().test(.GET, "/api/v1/organisations?q=\(breaks)") { res async throws in
                #expect(res.status == .badRequest)
            }
            try await app.testing().test(.GET, "/api/v1/organisations?q=\(String(repeating: "%0D%0A", count: 50))") { res async throws in
                #expect(res.status == .ok)
            }
        }
    }

    @Test("a missing organisation or endpoint is a 404 problem without internals", arguments: ["/api/v1/organisations/Z99999", "/api/v1/nothing-here"])
    func notFound(_ path: String) async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, path) { res async throws in
                #expect(res.status == .notFound)
                #expect(res.headers.contentType?.subType == "problem+json")
                let problem = try res.json(ProblemBody.self)
                #expect(problem.title == "Not Found")
                #expect(!res.body.string.contains("Abort"))
            }
        }
    }

    @Test("healthz answers 200 when the database does; metrics count requests, for a metrics:read token only", arguments: TestDatabase.available)
    func health(_ database: TestDatabase) async throws {
        try await withSharewell(database) { app in
            try await app.testing().test(.GET, "/healthz") { res async throws in
                #expect(res.status == .ok)
                #expect(try res.json(HealthStatus.self).database == "ok")
            }
            let token = try await Store(app.db).createAPIToken(organisationCode: "P81001", name: "Prometheus", scopes: [.metricsRead], by: .system("test"), at: Date())
            let server = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            try await server.test(.GET, "/metrics") { res async in
                #expect(res.status == .unauthorized)
                #expect(res.headers.first(name: "WWW-Authenticate") == "Bearer")
                #expect(!res.body.string.contains("http_requests_total"))
            }
            try await server.test(.GET, "/metrics", headers: ["Authorization": "Bearer \(token.secret)"]) { res async in
                #expect(res.status == .ok)
                #expect(res.body.string.contains(#"http_requests_total{method="GET",path="/healthz",status="200"}"#))
            }
        }
    }
}

