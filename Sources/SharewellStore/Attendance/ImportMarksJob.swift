import Foundation
import SharewellCore
import SharewellFormats

/// Importing a large marks file sent from the page (issue 15): a school's term of marks is tens of
/// thousands of lines, which takes longer than a request should. The file is kept sealed
/// (`keepMarksFile`) and imported by a worker acting as the school user who sent it, all or nothing
/// as the page's own import; its outcome is what that import would have shown.
public enum ImportMarksJob: JobKind {
    public struct Payload: Codable, Sendable, Equatable {
        /// The kept file (`attendance_marks_files`).
        public let file: UUID
        /// The period the form gave, or none (the file's first to last date).
        public let first: CalendarDate?, last: CalendarDate?

        var period: ClosedRange<CalendarDate>? {
            guard let first, let last, first <= last else { return nil }
            return first...last
        }
    }

    public static let name = JobKindName("import-attendance-marks")
    public static let title = "Importing attendance marks"
    public static let permission: Permission? = .importAttendance
    /// Files with more lines than this are imported by a job; smaller ones at once, in the request,
    /// which answers a file's problems beside the form's field with the dates as typed. A school's
    /// routine upload, a week's marks even for a 2,000-pupil school, stays that way; a term or a
    /// year sent at once (up to the 64 MB limit, about two million lines) shows its progress.
    public static let linesInRequest = 20_000

    public static func run(_ payload: Payload, _ context: JobContext) async throws -> MarksImportOutcome {
        try await context.progress(0, of: 3)
        let outcome = try await context.store.importMarksFile(payload, by: context.actor, at: context.now) { done in
            try await context.progress(done, of: 3)
        }
        try await context.progress(3, of: 3)
        return outcome
    }

    public static func describe(_ outcome: MarksImportOutcome) -> String {
        guard let stored = outcome.stored else {
            return "Nothing was stored: the file has \(outcome.truncated ? "more than " : "")\(counted(outcome.problems.count, "problem")). See the result for each."
        }
        return "Stored \(stored.marks) marks for \(stored.pupils) pupils from \(stored.first) to \(stored.last)."
    }
}

/// What a marks import job did: what it stored, or every problem it found (then nothing is stored).
public struct MarksImportOutcome: Codable, Sendable, Equatable {
    public struct Stored: Codable, Sendable, Equatable {
        public let pupils: Int, marks: Int, first: CalendarDate, last: CalendarDate, cleared: Int
    }

    public struct Problem: Codable, Sendable, Equatable {
        public let line: Int, field: String, message: String
    }

    public let stored: Stored?
    public let problems: [Problem]
    /// More problems were found than are listed.
    public let truncated: Bool

    init(_ s: AttendanceImportSummary) {
        stored = .init(pupils: s.pupils, marks: s.marks, first: s.period.lowerBound, last: s.period.upperBound, cleared: s.cleared)
        problems = []; truncated = false
    }

    init(_ error: FormatError) {
        stored = nil
        problems = error.problems.map { .init(line: $0.line, field: $0.field, message: $0.message) }
        truncated = error.truncated
    }

    /// The problems as the file's reader reports them; `nil` when the import stored the file.
    public var formatError: FormatError? {
        stored == nil ? FormatError(problems: problems.map { .init(line: $0.line, field: $0.field, message: $0.message) }, truncated: truncated) : nil
    }
}

extension Store {
    /// Keeps a school's marks file and asks for its import, as `actor` (a school user who may send
    /// marks), over `period` if the form gave one.
    public func enqueueMarksImport(_ file: Data, period: ClosedRange<CalendarDate>?, by actor: ActingUser, at date: Date) async throws -> JobTicket {
        guard actor.may(.importAttendance), actor.organisationKind == .school, let schoolID = actor.organisationID else { throw StoreError.notASchool }
        let kept = try await keepMarksFile(file, school: schoolID, at: date)
        return try await jobQueue.enqueue(ImportMarksJob.self, .init(file: kept, first: period?.lowerBound, last: period?.upperBound),
                                          key: "\(ImportMarksJob.name):\(kept.uuidString.lowercased())", by: actor, at: date)
    }

    /// What a marks import job the actor's school asked for did; `nil` while it has not finished,
    /// or for any job that is not one (another school's is as missing as one that never was).
    public func marksImport(_ jobID: UUID, for actor: ActingUser) async throws -> MarksImportOutcome? {
        guard let job = try await jobQueue.job(jobID, for: actor), job.kind == ImportMarksJob.name else { return nil }
        return try await jobQueue.outcome(of: jobID, as: ImportMarksJob.self)
    }
}
