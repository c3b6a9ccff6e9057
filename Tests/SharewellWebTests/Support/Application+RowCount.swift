import SQLKit
import Vapor

extension Application {
    /// How many rows a table holds: what a test counts to prove nothing was written twice.
    func rowCount(_ table: String) async throws -> Int {
        struct Row: Decodable { let n: Int }
        return try await (db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Row.self)?.n ?? 0
    }
}

extension Application {
    /// How many audit entries record `action` (about `subject`, when given): what a test counts to
    /// prove a look-up or a recording was audited.
    func auditCount(_ action: String, subject: String? = nil, detail: String? = nil) async throws -> Int {
        struct Row: Decodable { let n: Int }
        let sql = db as! any SQLDatabase
        var query = SQLQueryString("SELECT COUNT(*) AS n FROM audit_entries WHERE action = \(bind: action)")
        if let subject { query.appendInterpolation(unsafeRaw: " AND subject = "); query.appendInterpolation(bind: subject) }
        if let detail { query.appendInterpolation(unsafeRaw: " AND detail = "); query.appendInterpolation(bind: detail) }
        return try await sql.raw(query).first(decoding: Row.self)?.n ?? 0
    }
}

extension String {
    /// The text as a page's text shows it (Plot escapes these three there).
    var asHTML: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
