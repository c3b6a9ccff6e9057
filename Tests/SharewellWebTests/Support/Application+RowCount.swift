import SQLKit
import Vapor

extension Application {
    /// How many rows a table holds: what a test counts to prove nothing was written twice.
    func rowCount(_ table: String) async throws -> Int {
        struct Row: Decodable { let n: Int }
        return try await (db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Row.self)?.n ?? 0
    }
}
