import Vapor

/// The stylesheet and images (`Public/`), served in front of the routes. An address no file could
/// have (a name longer than a file system allows, a control character) or one the file system
/// cannot look up goes on to the routes, which answer 404 like any unknown page: before, a
/// 256-character name reached the file system and came back as a 500 (review of issue 17, item 9).
struct PublicFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware

    init(publicDirectory: String) { files = FileMiddleware(publicDirectory: publicDirectory) }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let path = request.url.path.removingPercentEncoding, Self.couldBeAFile(path) else { return try await next.respond(to: request) }
        if path.split(separator: "/").contains("..") || path.contains("../") { throw Self.climbing }
        do {
            return try await files.respond(to: request, chainingTo: NoFile.Responder())
        } catch is NoFile {
            return try await next.respond(to: request)
        } catch let abort as Abort {
            throw abort
        } catch {
            // The file system could not look (a name too long, a folder where a file was expected):
            // there is no file of ours at this address.
            return try await next.respond(to: request)
        }
    }

    /// The longest name a file system keeps is 255 bytes; ours are short and printable.
    static func couldBeAFile(_ path: String) -> Bool {
        path.utf8.count <= 1024 && path.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }
            && !path.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    static let climbing = Abort(.forbidden, reason: "This address tries to reach outside the service’s own pages (it holds ‘..’), so it is refused. Follow a link on a page, or type the address of a page.")

    /// What the file middleware finds when there is no file: the request goes on to the routes.
    private struct NoFile: Error {
        struct Responder: AsyncResponder {
            func respond(to request: Request) async throws -> Response { throw NoFile() }
        }
    }
}
