import SharewellStore
/// Every pathway's part of the web application, one line each (see `WebPathway`).
enum WebPathways {
    static let all: [any WebPathway] = [
        AttendancePathway(),
        EarlyHelpPathway(),
    ]

    /// Every path that takes a file, with who may send one there.
    static let uploads: [String: @Sendable (ActingUser) -> Bool] = all.reduce(into: [:]) { paths, pathway in
        paths.merge(pathway.uploads) { first, _ in first }
    }
}
