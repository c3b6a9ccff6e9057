import Foundation
import SharewellStore

/// Where a job's page leads back to: the page of the pathway that asked for it. Each pathway
/// declares its own beside its pages; `JobReturns.all` lists them, one line each, so the job page
/// names no pathway.
struct JobReturn: Sendable {
    let kind: JobKindName
    /// The page, given the job (a run's result has a page of its own).
    let path: @Sendable (UUID) -> String
    let label: String

    init(kind: JobKindName, path: String, label: String) {
        self.init(kind: kind, label: label) { _ in path }
    }

    init(kind: JobKindName, label: String, path: @escaping @Sendable (UUID) -> String) {
        self.kind = kind; self.path = path; self.label = label
    }
}

enum JobReturns {
    static let all: [JobReturn] = [
        .matchPatientList,
        .stratification,
        .importMarks,
    ]

    static func `for`(_ kind: JobKindName) -> JobReturn? { all.first { $0.kind == kind } }
}
