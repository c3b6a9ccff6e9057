@testable import SharewellWeb
import Testing
import VaporTesting

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// Each path under `paths:` with the methods listed beneath it.
    static func documented(_ yaml: String) -> Set<String> {
        var result: Set<String> = [], path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  /"), line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()); continue }
            if !line.hasPrefix("    ") && !line.hasPrefix("  /") && !line.isEmpty { path = nil }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let path, line.hasPrefix("    "), !line.hasPrefix("     "), ["get:", "post:", "put:", "patch:", "delete:"].contains(trimmed) {
                result.insert("\(trimmed.dropLast().uppercased()) \(path)")
            }
        }
        return result
    }

    @Test("every route under /api/v1 and /fhir is described in openapi.yaml, and nothing else is")
    func everyRouteDocumented() async throws {
        try await withSharewell { app in
            let routes = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
                return path.hasPrefix("/api/v1/") || path.hasPrefix("/fhir/") ? "\(route.method.rawValue) \(path)" : nil
            })
            let documented = Self.documented(WebResources.openAPIDocument)
            #expect(!routes.isEmpty)
            #expect(routes.subtracting(documented).isEmpty, "undocumented: \(routes.subtracting(documented))")
            #expect(documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes))")
        }
    }

    @Test("the document is served as YAML and declares OpenAPI 3.1")
    func served() async throws {
        try await withSharewell { app in
            try await app.testing().test(.GET, "/api/openapi.yaml") { res async in
                #expect(res.status == .ok)
                #expect(res.body.string.hasPrefix("openapi: 3.1"))
                #expect(res.body.string == WebResources.openAPIDocument)
            }
        }
    }
}
