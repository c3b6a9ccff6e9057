import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing
import VaporTesting

/// Walks every route for every role, for an anonymous visitor, for API tokens, and against
/// another organisation's records, and checks each answer (issue 4).
@Suite("Access to every route")
struct RouteAccessTests {
    enum Rule {
        case everyone(HTTPStatus)
        /// Signed-in users holding the permission; anonymous → sign in; others → 403.
        case page(Permission?, ok: HTTPStatus)
        /// API: bearer tokens with the permission; none → 401; lacking → 403.
        case api(Permission)
        /// An API upload: none → 401; the walk's tokens lack the scope → 403 (a token that has it
        /// is tested with the pathway).
        case apiUpload
        /// `/metrics`: only a token with `metrics:read`; none → 401, a session → 401, others → 403.
        case metrics
    }

    struct Route: CustomTestStringConvertible {
        let method: HTTPMethod, path: String, rule: Rule
        var testDescription: String { "\(method) \(path)" }
    }

    /// Paths with {own}/{foreign} for records and {user} for an account of another organisation.
    static let routes: [Route] = [
        .init(method: .GET, path: "/", rule: .everyone(.ok)),
        .init(method: .GET, path: "/directory", rule: .everyone(.ok)),
        .init(method: .GET, path: "/directory/P81001", rule: .everyone(.ok)),
        .init(method: .GET, path: "/directory/new", rule: .page(.manageDirectory, ok: .ok)),
        .init(method: .POST, path: "/directory", rule: .page(.manageDirectory, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/directory/P81001/edit", rule: .page(.manageDirectory, ok: .ok)),
        .init(method: .POST, path: "/directory/P81001/edit", rule: .page(.manageDirectory, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/directory/{school}/edit", rule: .page(.manageDirectory, ok: .notFound)),
        .init(method: .POST, path: "/directory/{school}/edit", rule: .page(.manageDirectory, ok: .notFound)),
        .init(method: .GET, path: "/healthz", rule: .everyone(.ok)),
        .init(method: .GET, path: "/metrics", rule: .metrics),
        .init(method: .GET, path: "/api/openapi.yaml", rule: .everyone(.ok)),
        .init(method: .GET, path: "/sign-in", rule: .everyone(.ok)),
        .init(method: .POST, path: "/sign-in", rule: .everyone(.unprocessableEntity)),
        .init(method: .GET, path: "/sign-in/code", rule: .everyone(.seeOther)),
        // Every demo account: a demo server only; this one serves real accounts.
        .init(method: .GET, path: "/sign-in/demo-accounts", rule: .everyone(.notFound)),
        .init(method: .POST, path: "/sign-in/code", rule: .everyone(.seeOther)),
        .init(method: .POST, path: "/sign-out", rule: .everyone(.seeOther)),
        // A file kept after a time-out: only its owner's (none here, so nothing to import or discard).
        .init(method: .POST, path: "/kept-upload/import", rule: .page(nil, ok: .notFound)),
        .init(method: .POST, path: "/kept-upload/discard", rule: .page(nil, ok: .notFound)),
        .init(method: .GET, path: "/account/two-factor", rule: .page(nil, ok: .ok)),
        .init(method: .POST, path: "/account/two-factor", rule: .page(nil, ok: .seeOther)),
        .init(method: .GET, path: "/access-approvals", rule: .page(.approveAccess, ok: .ok)),
        .init(method: .POST, path: "/access-approvals/users/{token}", rule: .page(.approveAccess, ok: .notFound)),
        .init(method: .POST, path: "/access-approvals/tokens/{token}", rule: .page(.approveAccess, ok: .notFound)),
        .init(method: .POST, path: "/access-approvals/recoveries/{token}", rule: .page(.approveAccess, ok: .notFound)),
        .init(method: .GET, path: "/activate/{token}", rule: .everyone(.notFound)),
        .init(method: .POST, path: "/activate/{token}", rule: .everyone(.notFound)),
        .init(method: .GET, path: "/users", rule: .page(.manageUsers, ok: .ok)),
        .init(method: .GET, path: "/users/new", rule: .page(.manageUsers, ok: .ok)),
        .init(method: .POST, path: "/users", rule: .page(.manageUsers, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/users/recovery", rule: .page(.manageUsers, ok: .ok)),
        .init(method: .POST, path: "/users/recovery", rule: .page(.manageUsers, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/users/{user}/disable", rule: .page(.manageUsers, ok: .notFound)),
        .init(method: .POST, path: "/users/{user}/enable", rule: .page(.manageUsers, ok: .notFound)),
        .init(method: .GET, path: "/api-tokens", rule: .page(.manageAPITokens, ok: .ok)),
        .init(method: .POST, path: "/api-tokens", rule: .page(.manageAPITokens, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/api-tokens/{token}/revoke", rule: .page(.manageAPITokens, ok: .notFound)),
        .init(method: .GET, path: "/api-tokens/{token}/secret", rule: .page(.manageAPITokens, ok: .notFound)),
        .init(method: .GET, path: "/records", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/records/{own}", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/records/{foreign}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .GET, path: "/records/{own}/access", rule: .page(.readAccessLog, ok: .ok)),
        .init(method: .GET, path: "/records/{foreign}/access", rule: .page(.readAccessLog, ok: .notFound)),
        .init(method: .GET, path: "/records/{own}/access.csv", rule: .page(.readAccessLog, ok: .ok)),
        .init(method: .GET, path: "/records/{foreign}/access.csv", rule: .page(.readAccessLog, ok: .notFound)),
        .init(method: .GET, path: "/records/{own}/consent", rule: .page(.recordConsent, ok: .ok)),
        .init(method: .GET, path: "/records/{foreign}/consent", rule: .page(.recordConsent, ok: .notFound)),
        .init(method: .POST, path: "/records/{own}/consent", rule: .page(.recordConsent, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/records/{foreign}/consent", rule: .page(.recordConsent, ok: .notFound)),
        .init(method: .GET, path: "/agreements", rule: .page(.readAgreements, ok: .ok)),
        .init(method: .GET, path: "/agreements/new", rule: .page(.manageAgreements, ok: .ok)),
        .init(method: .POST, path: "/agreements", rule: .page(.manageAgreements, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/agreements/{token}", rule: .page(.readAgreements, ok: .notFound)),
        .init(method: .GET, path: "/agreements/{token}/edit", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .POST, path: "/agreements/{token}/edit", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .POST, path: "/agreements/{token}/approve", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .POST, path: "/agreements/{token}/change", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .GET, path: "/agreements/{token}/end", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .POST, path: "/agreements/{token}/end", rule: .page(.manageAgreements, ok: .notFound)),
        .init(method: .GET, path: "/can-i-share", rule: .page(.decideSharing, ok: .ok)),
        .init(method: .POST, path: "/can-i-share", rule: .page(.decideSharing, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/decisions", rule: .page(.readSharingDecisions, ok: .ok)),
        .init(method: .GET, path: "/decisions/{token}", rule: .page(.readSharingDecisions, ok: .notFound)),
        .init(method: .GET, path: "/api/v1/organisations", rule: .everyone(.ok)),
        .init(method: .GET, path: "/api/v1/organisations/P81001", rule: .everyone(.ok)),
        .init(method: .GET, path: "/api/v1/records/{own}", rule: .api(.viewIdentifiableRecords)),
        .init(method: .GET, path: "/api/v1/records/{foreign}", rule: .api(.viewIdentifiableRecords)),
        .init(method: .POST, path: "/api/v1/attendance/marks", rule: .apiUpload),
        .init(method: .POST, path: "/api/v1/attendance/pupils", rule: .apiUpload),
        .init(method: .POST, path: "/api/v1/attendance/summaries", rule: .apiUpload),
        .init(method: .POST, path: "/api/v1/attendance/ctf", rule: .apiUpload),
        // The walk's accounts are at a GP practice, so even those who may send marks are refused,
        // before the file is read (an empty upload would otherwise be a 422).
        .init(method: .POST, path: "/attendance/ctf", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .POST, path: "/attendance/summaries", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .POST, path: "/attendance/pupils", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .GET, path: "/attendance/import", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .POST, path: "/attendance/import", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .GET, path: "/attendance/import/runs/{token}", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .GET, path: "/attendance/poor", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .POST, path: "/attendance/poor/send", rule: .page(.importAttendance, ok: .badRequest)),
        .init(method: .GET, path: "/inbox/attendance", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/inbox/attendance/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .POST, path: "/inbox/attendance/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .POST, path: "/inbox/attendance/{token}/calls", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .GET, path: "/inbox/attendance/{token}/letter", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .GET, path: "/inbox/attendance/letters", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .POST, path: "/inbox/attendance/letters/sent", rule: .page(.viewIdentifiableRecords, ok: .badRequest)),
        .init(method: .GET, path: "/inbox/attendance/letter-template", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .POST, path: "/inbox/attendance/letter-template", rule: .page(.viewIdentifiableRecords, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/inbox/attendance/retention", rule: .page(.manageAgreements, ok: .ok)),
        .init(method: .POST, path: "/inbox/attendance/retention", rule: .page(.manageAgreements, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/attendance/report", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .POST, path: "/attendance/report/remeasure", rule: .page(.importAttendance, ok: .notFound)),
        .init(method: .GET, path: "/attendance/illness", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .POST, path: "/attendance/illness/send", rule: .page(.importAttendance, ok: .forbidden)),
        .init(method: .GET, path: "/inbox/medical-education", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/inbox/medical-education/{token}", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/inbox/medical-education/{token}", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        // Who has seen a record, found by its number: the access log's readers only.
        .init(method: .GET, path: "/access-log", rule: .page(.readAccessLog, ok: .ok)),
        .init(method: .POST, path: "/access-log", rule: .page(.readAccessLog, ok: .unprocessableEntity)),
        // Early help: the walk's accounts are at a practice, so the council's pages refuse them.
        .init(method: .GET, path: "/early-help", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/early-help/notice", rule: .page(.viewIdentifiableRecords, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/early-help/opt-outs", rule: .page(.recordConsent, ok: .ok)),
        .init(method: .POST, path: "/early-help/opt-outs", rule: .page(.recordConsent, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/early-help/patient-list", rule: .page(.decideSharing, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/early-help/extracts/{token}/match", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/review", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/early-help/review/{token}", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/demand-codes", rule: .page(.decideSharing, ok: .ok)),
        .init(method: .POST, path: "/early-help/demand-codes/meanings", rule: .page(.decideSharing, ok: .unprocessableEntity)),
        .init(method: .POST, path: "/early-help/demand-codes", rule: .page(.decideSharing, ok: .unprocessableEntity)),
        .init(method: .GET, path: "/early-help/indicators", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/early-help/indicators", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/early-help/institutions", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/stratify", rule: .page(.viewPseudonymisedData, ok: .forbidden)),
        .init(method: .POST, path: "/early-help/stratify", rule: .page(.viewPseudonymisedData, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/stratify/runs/{token}", rule: .page(.viewPseudonymisedData, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/shortlist", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/early-help/meetings", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/early-help/meetings", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/early-help/meetings/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .GET, path: "/early-help/meetings/{token}/cases/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .POST, path: "/early-help/meetings/{token}/cases/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        // Live births: the walk's accounts are at a practice, neither a sender, a centre nor the early years team.
        .init(method: .GET, path: "/births/send", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .POST, path: "/births/send", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .POST, path: "/api/v1/births", rule: .apiUpload),
        .init(method: .POST, path: "/fhir/Bundle", rule: .apiUpload),
        .init(method: .GET, path: "/births/catchments", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .POST, path: "/births/catchments/{token}", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .GET, path: "/births", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/births/digest", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/births/{token}", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/births/{token}/welcome", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/births/{token}/registration", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/births/{token}/resolve", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/births/teams", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .POST, path: "/births/teams/{token}", rule: .page(.decideSharing, ok: .forbidden)),
        // A practice may be in a family's team: it has the page, and no such family.
        .init(method: .GET, path: "/births/families", rule: .page(.viewIdentifiableRecords, ok: .ok)),
        .init(method: .GET, path: "/births/families/{token}", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        .init(method: .POST, path: "/births/families/{token}/notes", rule: .page(.viewIdentifiableRecords, ok: .notFound)),
        // Only a centre ends a family's team.
        .init(method: .POST, path: "/births/families/{token}/withdraw", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/births/referrals", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .GET, path: "/births/referrals/new", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .POST, path: "/births/referrals", rule: .page(.decideSharing, ok: .forbidden)),
        .init(method: .GET, path: "/births/referrals/{token}", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        .init(method: .POST, path: "/births/referrals/{token}/contact", rule: .page(.viewIdentifiableRecords, ok: .forbidden)),
        // A job's page: any signed-in user, but only for a job of their organisation they may follow.
        .init(method: .GET, path: "/jobs/{token}", rule: .page(nil, ok: .notFound)),
    ]

    @Test("the table covers every route the application has")
    func coversEveryRoute() async throws {
        try await withSharewell { app in
            let registered = Set(app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map { $0.description.hasPrefix(":") ? "*" : $0.description }.joined(separator: "/") })
            let tabled = Set(Self.routes.map { route in
                "\(route.method.rawValue) " + route.path.split(separator: "/", omittingEmptySubsequences: false).map { $0.hasPrefix("{") || $0 == "P81001" ? "*" : String($0) }.joined(separator: "/")
            })
            #expect(registered.subtracting(tabled).isEmpty, "routes missing from the table: \(registered.subtracting(tabled))")
        }
    }

    @Test("every route answers every role, anonymous visitors and API tokens as its rule says", arguments: routes)
    func walk(_ route: Route) async throws {
        try await AccountsFixture.with { app, fixture in
            let tokens = try await Self.apiTokens(app)
            let path = route.path.replacingOccurrences(of: "{own}", with: fixture.ownRecord.uuidString.lowercased())
                .replacingOccurrences(of: "{foreign}", with: fixture.foreignRecord.uuidString.lowercased())
                .replacingOccurrences(of: "{user}", with: fixture.foreignUser.uuidString.lowercased())
                .replacingOccurrences(of: "{token}", with: UUID().uuidString.lowercased())
                .replacingOccurrences(of: "{school}", with: "200101")
            let foreign = route.path.contains("{foreign}")

            // Anonymous.
            let anonymous = try await Self.send(TestBrowser(app), route.method, path)
            switch route.rule {
            case .everyone(let status): #expect(anonymous.status == status, "anonymous")
            case .page: #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location)?.hasPrefix("/sign-in") == true, "anonymous")
            case .api, .apiUpload, .metrics: #expect(anonymous.status == .unauthorized, "anonymous")
            }

            // Every role, signed in through the real form.
            for role in Role.allCases {
                let browser = TestBrowser(app)
                try await browser.signIn(TestAccounts.email(role.rawValue))
                let res = try await Self.send(browser, route.method, path)
                switch route.rule {
                case .everyone(let status):
                    if route.path != "/sign-in/code" && route.path != "/sign-out" && route.path != "/sign-in" { #expect(res.status == status, "\(role)") }
                case .page(let permission, let ok):
                    let allowed = permission.map(role.may) ?? true
                    #expect(res.status == (allowed ? ok : .forbidden), "\(role)")
                case .api, .apiUpload, .metrics:
                    #expect(res.status == .unauthorized, "\(role): a browser session never authorises the API")
                }
            }

            if case .apiUpload = route.rule {
                for token in [tokens.records, tokens.directory] {
                    #expect(try await Self.send(TestBrowser(app), route.method, path, bearer: token).status == .forbidden, "token without the scope")
                }
            }

            if case .metrics = route.rule {
                for token in [tokens.records, tokens.directory] {
                    #expect(try await Self.send(TestBrowser(app), route.method, path, bearer: token).status == .forbidden, "token without metrics:read")
                }
                #expect(try await Self.send(TestBrowser(app), route.method, path, bearer: tokens.metrics).status == .ok, "metrics token")
            }

            // API tokens: one that may read records, one that may not.
            if case .api = route.rule {
                let reader = try await Self.send(TestBrowser(app), route.method, path, bearer: tokens.records)
                #expect(reader.status == (foreign ? .notFound : .ok), "records token")
                let directoryOnly = try await Self.send(TestBrowser(app), route.method, path, bearer: tokens.directory)
                #expect(directoryOnly.status == .forbidden, "directory token")
                let revoked = try await Self.send(TestBrowser(app), route.method, path, bearer: "sw_not-a-token")
                #expect(revoked.status == .unauthorized, "unknown token")
            }
        }
    }

    static func send(_ browser: TestBrowser, _ method: HTTPMethod, _ path: String, bearer: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        if method == .POST {
            if let bearer { return try await browser.post(path, fields: [], headers: ["Authorization": "Bearer \(bearer)"]) }
            try await browser.get("/sign-in")  // a page carrying the current form token, signed in or not
            return try await browser.post(path, [:])
        }
        return try await browser.get(path, headers: headers)
    }

    static func apiTokens(_ app: Application) async throws -> (records: String, directory: String, metrics: String) {
        let store = Store(app.db)
        let records = try await store.createAPIToken(organisationCode: "P81001", name: "GP system", scopes: [.recordsRead], by: .system("test"), at: Date())
        let directory = try await store.createAPIToken(organisationCode: "P81001", name: "Directory sync", scopes: [.directoryRead], by: .system("test"), at: Date())
        let metrics = try await store.createAPIToken(organisationCode: "P81001", name: "Prometheus", scopes: [.metricsRead], by: .system("test"), at: Date())
        return (records.secret, directory.secret, metrics.secret)
    }
}
