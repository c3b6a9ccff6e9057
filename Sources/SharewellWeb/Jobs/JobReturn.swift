import SharewellStore

/// Where a job's page leads back to: the page of the pathway that asked for it. Each pathway
/// declares its own beside its pages; `JobReturns.all` lists them, one line each, so the job page
/// names no pathway.
struct JobReturn: Sendable {
    let kind: JobKindName
    let path: String
    let label: String
}

enum JobReturns {
    static let all: [JobReturn] = [
        .matchPatientList,
    ]

    static func `for`(_ kind: JobKindName) -> JobReturn? { all.first { $0.kind == kind } }
}
