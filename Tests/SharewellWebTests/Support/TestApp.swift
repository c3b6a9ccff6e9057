import Foundation
import SharewellCore
import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import VaporTesting

/// Runs `test` against the real application on a new database holding `organisations`.
func withSharewell(_ database: TestDatabase = .sqlite, organisations: [DirectoryEntry] = [.example, .exampleSchool],
                   demo: Bool = false, _ test: (Application) async throws -> Void) async throws {
    try await database.withFresh { location in
        if !organisations.isEmpty {
            let databases = try StoreDatabases(location)
            try await databases.store.addOrganisations(organisations)
            await databases.shutdown()
        }
        try await withApp(configure: { app in
            try await configure(app, ServeSettings(location: location, demo: demo, demoPeople: 1_000))
        }, test)
    }
}

extension TestingHTTPResponse {
    var html: String { body.string }

    func json<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: body))
    }
}

/// A problem+json body as a client reads it.
struct ProblemBody: Decodable {
    struct Field: Decodable { let field: String; let message: String }
    let type: String, title: String, status: Int, detail: String
    let errors: [Field]?
}
