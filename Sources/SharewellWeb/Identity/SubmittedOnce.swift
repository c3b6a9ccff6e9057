import Foundation
import SharewellStore
import Vapor

/// Nothing done twice (issue 15; the hostile review of 7 December 2026): every form carries a
/// one-time token of the page it was drawn on (`Layout.csrfField`). A signed-in person's form
/// sent again with the same answers — a double click, a reload, the back button, five requests at
/// once — is answered with the first sending's redirect, and its work is not done again. While the
/// first is still being done, a repeat waits for it. Runs after `CSRFMiddleware`, which has read
/// the body and checked the form came from this service.
struct SubmittedOnce: AsyncMiddleware {
    static let fieldName = "_submission"
    /// How long a repeat waits for the first sending to finish before saying it is still underway.
    static let patience: Duration = .seconds(30)

    /// A form sent without its page's token (a script, a page drawn before this) is the same
    /// submission only when its answers come again within this time.
    static let untokenedWindow: TimeInterval = 30

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, !request.isMachineInterface, let session = request.signedIn, !session.secondFactorPending,
              let user = session.user.userID, let body = request.body.data else { return try await next.respond(to: request) }
        let token = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
        let submission = Store.submissionDigest(target: "\(request.method.rawValue) \(request.url.string)", token: token, body: Array(buffer: body),
                                                boundary: request.headers.contentType?.parameters["boundary"])
        let keptFor = token.isEmpty ? Self.untokenedWindow : Store.submissionsKeptFor
        let store = request.store
        let clock = ContinuousClock(), deadline = clock.now + Self.patience
        var standing = try await store.beginSubmission(submission, by: user, at: request.now, keptFor: keptFor)
        while true {
            switch standing {
            case .first:
                return try await first(request, next, submission, user)
            case .done(let location):
                return request.redirect(to: Self.again(location), redirectType: .normal)
            case .underway where clock.now < deadline:
                // Waiting reads only, so the first is not held up by its repeats; if the first gave
                // up (it failed), this one claims the submission and does the work itself.
                try await Task.sleep(for: .milliseconds(100))
                standing = try await store.submissionStanding(submission, by: user)
                if standing == .first { standing = try await store.beginSubmission(submission, by: user, at: request.now, keptFor: keptFor) }
            case .underway:
                throw Abort(.conflict, reason: "This form is still being sent from an earlier click. Wait a moment, then reload the page to see what was saved.")
            }
        }
    }

    /// Where a repeat is sent: the first's page, which then says the form was sent more than once.
    static let againParameter = "again"
    static func again(_ location: String) -> String {
        guard !location.contains("\(againParameter)=1") else { return location }
        let (path, fragment) = location.firstIndex(of: "#").map { (String(location[..<$0]), String(location[$0...])) } ?? (location, "")
        return path + (path.contains("?") ? "&" : "?") + "\(againParameter)=1" + fragment
    }

    /// Does the work; a redirect is remembered for repeats, anything else (a form given back with
    /// its problems, an error) lets the same answers be sent again.
    private func first(_ request: Request, _ next: any AsyncResponder, _ submission: String, _ user: UUID) async throws -> Response {
        let response: Response
        do { response = try await next.respond(to: request) } catch {
            try? await request.store.forgetSubmission(submission, by: user)
            throw error
        }
        if response.status == .seeOther, let location = response.headers.first(name: .location) {
            try await request.store.finishSubmission(submission, by: user, location: location)
        } else {
            try await request.store.forgetSubmission(submission, by: user)
        }
        return response
    }
}
