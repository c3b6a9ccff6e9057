import Vapor

/// After a form succeeds the page is reached by a redirect (Post/Redirect/Get), so a reload or
/// "back" never posts again. What the notice then says is named by a fixed word and whole numbers
/// in the address, never by text taken from it.
enum Done {
    static func redirect(_ req: Request, to path: String, _ what: String, _ counts: [(String, Int)] = []) -> Response {
        let query = (["done=\(what)"] + counts.map { "\($0.0)=\($0.1)" }).joined(separator: "&")
        return req.redirect(to: path + (path.contains("?") ? "&" : "?") + query, redirectType: .normal)
    }

    /// The fixed word naming what was done, if the page was reached after a form.
    static func what(_ req: Request) -> String? { req.query[String.self, at: "done"] }

    /// A count from the address, held to a sensible range whatever was typed there.
    static func count(_ req: Request, _ name: String) -> Int { min(max(req.query[Int.self, at: name] ?? 0, 0), 10_000_000) }
}
