import SharewellStore
/// Every pathway's part of the web application, one line each (see `WebPathway`).
enum WebPathways {
    static let all: [any WebPathway] = [
        AttendancePathway(),
        EarlyHelpPathway(),
        BirthsPathway(),
    ]

    /// Every path that takes a file, with who may send one there.
    static let uploads: [String: @Sendable (ActingUser) -> Bool] = all.reduce(into: [:]) { paths, pathway in
        paths.merge(pathway.uploads) { first, _ in first }
    }

    /// The page each upload path's form is on.
    static let uploadPages: [String: String] = all.reduce(into: [:]) { pages, pathway in
        for path in pathway.uploads.keys where pages[path] == nil { pages[path] = pathway.uploadPages[path] ?? path }
    }
}
