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

