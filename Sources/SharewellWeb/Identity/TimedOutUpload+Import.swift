import Foundation
import SharewellStore
import Vapor

extension TimedOutUpload {
    struct Choice: Content { var upload: String? }

    /// `POST /kept-upload/import`: the kept file goes to the route it was sent to, as if it had just
    /// been uploaded there, so every check of that route applies (permission, kind of organisation,
    /// parsing, all-or-nothing) and it answers as it would (the same redirect, or its page with the
    /// file's problems). Stored, the kept file is deleted; refused, it stays to be discarded.
    @Sendable static func importNow(req: Request) async throws -> Response {
        let (user, userID) = try person(req)
        guard let id = chosen(req), let opened = try await req.store.openKeptUpload(id, for: userID, at: req.now),
              let route = req.application.routes.all.first(where: { $0.method == .POST && path(of: $0) == opened.upload.uploadPath }) else {
            throw gone
        }
        let (body, contentType) = form(opened)
        var headers = req.headers
        headers.remove(name: .contentLength)
        headers.contentType = contentType
        let upload = Request(application: req.application, method: .POST, url: URI(path: opened.upload.uploadPath), version: req.version,
                             headers: headers, collectedBody: body, remoteAddress: req.remoteAddress, logger: req.logger, on: req.eventLoop)
        if let session = req.signedIn { upload.storage[CurrentSession.self] = session }
        upload.auth.login(user)
        // Shown with the file's problems if it is refused, so it can be discarded from there.
        upload.storage[OfferKey.self] = opened.upload
        let response = try await route.responder.respond(to: upload).get()
        if response.status.code < 400 { try await req.store.discardKeptUpload(id, for: userID) }
        return response
    }

    /// `POST /kept-upload/discard`: deletes the kept file unread and goes back to its page, which says so.
    @Sendable static func discard(req: Request) async throws -> Response {
        let (_, userID) = try person(req)
        guard let id = chosen(req), let page = try await req.store.discardKeptUpload(id, for: userID) else { throw gone }
        return req.redirect(to: page + "?kept=discarded", redirectType: .normal)
    }

    static let gone = Abort(.notFound, reason: "There is no kept file to import or discard: it was imported or discarded already, "
                                + "or it was kept longer than a day.")

    private static func person(_ req: Request) throws -> (ActingUser, UUID) {
        let user = try req.actingUser()
        guard case .person(let userID, _) = user.kind else { throw gone }
        return (user, userID)
    }

    private static func chosen(_ req: Request) -> UUID? {
        (try? req.content.decode(Choice.self))?.upload.flatMap(UUID.init(uuidString:))
    }

    private static func path(of route: Route) -> String {
        "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// The kept file for the page being shown, if its owner is looking at it.
    struct OfferKey: StorageKey { typealias Value = KeptUpload }

    /// On the page an upload's form is on, finds the file its viewer sent there after a time-out, so
    /// the page offers it (`PageContext.keptUpload`). Only those pages ask the database.
    struct Offering: AsyncMiddleware {
        static let pages = Set(WebPathways.uploadPages.values)

        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            if request.method == .GET, Self.pages.contains(request.url.path), case .person(let userID, _)? = request.auth.get(ActingUser.self)?.kind,
               let kept = try await request.store.keptUpload(for: userID, page: request.url.path, at: request.now) {
                request.storage[OfferKey.self] = kept
            }
            return try await next.respond(to: request)
        }
    }
}
