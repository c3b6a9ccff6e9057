import SharewellStore
import Vapor

/// After a form succeeds the page is reached by a redirect (Post/Redirect/Get), so a reload or
/// "back" never posts again. What the notice then says is named by a fixed word and whole numbers
/// in the address, never by text taken from it, and only when the server wrote them: the address
/// carries a keyed tag over them, the page and the person, so a crafted link ("5000 letters
/// recorded as sent") shows no notice at all (review of issue 17, item 10).
enum Done {
    static func redirect(_ req: Request, to path: String, _ what: String, _ counts: [(String, Int)] = []) -> Response {
        let said = (["done=\(what)"] + counts.map { "\($0.0)=\($0.1)" }).joined(separator: "&")
        let page = String(path.prefix { $0 != "?" })
        let query = said + "&seal=" + tag(req, page: page, said)
        return req.redirect(to: path + (path.contains("?") ? "&" : "?") + query, redirectType: .normal)
    }

    /// The fixed word naming what was done, if the page was reached after a form by the server's redirect.
    static func what(_ req: Request) -> String? { isSealed(req) ? req.query[String.self, at: "done"] : nil }

    /// A count from the address, held to a sensible range, and 0 unless the server wrote it.
    static func count(_ req: Request, _ name: String) -> Int {
        guard isSealed(req) else { return 0 }
        return min(max(req.query[Int.self, at: name] ?? 0, 0), 10_000_000)
    }

    /// Whether the `done=…` part of the address is as the server wrote it, for this page and person.
    private static func isSealed(_ req: Request) -> Bool {
        let pairs = (req.url.query ?? "").split(separator: "&").map(String.init)
        guard let start = pairs.firstIndex(where: { $0.hasPrefix("done=") }), let end = pairs.firstIndex(where: { $0.hasPrefix("seal=") }), start < end else { return false }
        let said = pairs[start..<end].joined(separator: "&")
        return Secrets.constantTimeEqual(String(pairs[end].dropFirst("seal=".count)), tag(req, page: req.url.path, said))
    }

    private static func tag(_ req: Request, page: String, _ said: String) -> String {
        let person = req.auth.get(ActingUser.self)?.auditActor ?? ""
        return req.dependencies.secrets.tag("\(person)\n\(page)\n\(said)")
    }
}
