import SharewellCore
import SharewellStore
import Vapor

/// What a pathway adds to the web application, declared in its own folder: its routes, its areas
/// in the navigation, the paths where its users send files (and who may), and the work waiting for
/// a user that the home page lists. `WebPathways.all` lists them, so a new pathway edits no other
/// pathway's file, nor the navigation, the home page or the upload limits.
protocol WebPathway: Sendable {
    func routes(_ app: Application)
    /// Its areas in the main navigation, in order.
    var sections: [Layout.Section] { get }
    /// Paths that take a file (a multipart body up to `UploadLimit.maximum`), each with who may send one there.
    var uploads: [String: @Sendable (ActingUser) -> Bool] { get }
    /// The page each upload path's form is on, where that is not the upload path itself: a file sent
    /// after a time-out is offered there once its sender signs in again (`TimedOutUpload`).
    var uploadPages: [String: String] { get }
    /// What waits for this user in the pathway (empty when nothing does or the user has no part in it).
    func workWaiting(for user: ActingUser, store: Store, at date: Date) async throws -> [WorkWaiting]
}

extension WebPathway {
    var uploads: [String: @Sendable (ActingUser) -> Bool] { [:] }
    var uploadPages: [String: String] { [:] }
    func workWaiting(for user: ActingUser, store: Store, at date: Date) async throws -> [WorkWaiting] { [] }
}

/// One line of a user's home page: how many things wait, what they are, and where to do them.
struct WorkWaiting: Sendable, Equatable {
    let count: Int
    let one: String
    let many: String
    let path: String

    /// "1 pupil waits for review" / "18 pupils wait for review".
    var words: String { counted(count, one, many) }
}
