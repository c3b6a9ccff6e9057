import SharewellCore
import SharewellStore

/// What every page needs from the request besides its own model: where the user is, who they
/// are, the form token, and whether this is a demo server (so synthetic data is never mistaken
/// for real children).
struct PageContext: Sendable, Equatable {
    struct Badge: Sendable, Equatable {
        var name: String
        var role: String
        var organisation: String
        var permissions: Set<Permission>
        var organisationKind: OrganisationKind? = nil
    }

    var path: String
    var demo: Bool
    var user: Badge?
    var csrfToken: String
    /// The one-time token every form on this page carries (`SubmittedOnce`): new with each page drawn.
    var submissionToken = "submission-example"
    /// Reached by sending a form again that was already done (`SubmittedOnce`): the page says so.
    var sentAgain = false
    /// A form given back because a field was too long to hold (see `PendingForm.keepTooLong`): the
    /// page shows that problem in its error summary.
    var tooLongField: String? = nil
    /// A file its viewer sent to this page after their session timed out (`TimedOutUpload`): the
    /// page says it is not saved yet and offers to import or discard it.
    var keptUpload: KeptUpload? = nil
    /// The kept file was just discarded at its owner's request.
    var keptUploadDiscarded = false

    static let example = PageContext(path: "/", demo: false, user: nil, csrfToken: "csrf-example")
    static let exampleSignedIn = PageContext(path: "/records", demo: false, csrfToken: "csrf-example",
        badge: .init(name: "Dr Amina Khan", role: "Safeguarding lead", organisation: "P81001", permissions: Role.safeguardingLead.permissions))

    init(path: String, demo: Bool, user: Badge? = nil, csrfToken: String) {
        self.path = path; self.demo = demo; self.user = user; self.csrfToken = csrfToken
    }

    init(path: String, demo: Bool, csrfToken: String, badge: Badge) {
        self.init(path: path, demo: demo, user: badge, csrfToken: csrfToken)
    }

    func may(_ permission: Permission) -> Bool { user?.permissions.contains(permission) ?? false }
}
