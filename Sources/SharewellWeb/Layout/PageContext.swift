/// What every page needs from the request besides its own model: where the user is, and
/// whether this is a demo server (so synthetic data is never mistaken for real children).
struct PageContext: Sendable, Equatable {
    var path: String
    var demo: Bool

    static let example = PageContext(path: "/", demo: false)
}
