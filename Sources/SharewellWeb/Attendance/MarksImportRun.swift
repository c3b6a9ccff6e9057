import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import Vapor

/// A large marks file sent from the page is imported by a job (`ImportMarksJob`, issue 15): the
/// page leads to the job's progress, and the job's result shows what the page's own import
/// shows, the marks stored or every problem by line and field. A smaller file is imported in
/// the request as before, its problems beside the field with the dates as typed; the API and the
/// command line always import at once (their answers are documented as the import's result).
enum MarksImportRun {
    /// The form's file asked for as a job, if it has more lines than a request imports; `nil` for
    /// a smaller file, or a period the request must refuse (with the file's own problems).
    static func asked(_ form: AttendanceController.Upload, by user: ActingUser, _ req: Request) async throws -> Response? {
        guard let file = form.marks, lines(in: file.data) > ImportMarksJob.linesInRequest else { return nil }
        var errors: [FieldError] = []
        let period = AttendanceController.parse(.init(from: form.from, to: form.to), today: CalendarDate(inEngland: req.now), into: &errors)
        guard errors.isEmpty else { return nil }
        let ticket = try await req.store.enqueueMarksImport(Data(buffer: file.data), period: period, by: user, at: req.now)
        guard let job = try await req.finished(ticket, for: user), job.state == .succeeded else { return req.redirect(toJob: ticket.id) }
        return req.redirect(to: path(job.id), redirectType: .normal)
    }

    /// A job's result, for its school's senders: stored, the import page's own notice (reached as
    /// after a synchronous upload); refused, the page with every problem against the file's field.
    /// A job not finished yet (or failed) is shown on its own page.
    @Sendable static func result(req: Request) async throws -> Response {
        let user = try AttendanceController.school(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let job = try await req.store.jobQueue.job(id, for: user), job.kind == ImportMarksJob.name else { throw Abort(.notFound) }
        guard let outcome = try await req.store.marksImport(id, for: user) else { return req.redirect(toJob: id) }
        if let s = outcome.stored {
            return Done.redirect(req, to: "/attendance/import", "marks", [("marks", s.marks), ("pupils", s.pupils), ("cleared", s.cleared),
                                                                           ("from", s.first.dayNumber), ("to", s.last.dayNumber)])
        }
        var model = AttendanceImportPage.Model()
        model.errors = await errors(outcome.formatError)
        return AttendanceImportPage.view(model, context: req.pageContext).response()
    }

    static func path(_ id: UUID) -> String { "/attendance/import/runs/\(id.uuidString.lowercased())" }

    /// The file's problems worded as the page's own import words them (`FileUpload.lined`).
    private static func errors(_ problems: FormatError?) async -> [FieldError] {
        guard let problems else { return [] }
        do {
            _ = try await FileUpload.lined(field: "marks") { () async throws -> Int in throw problems }
            return []
        } catch let invalid as InvalidRequest {
            return invalid.errors
        } catch {
            return []
        }
    }

    /// Lines in the file, counted by their ends (the last may have none).
    private static func lines(in data: ByteBuffer) -> Int {
        data.readableBytesView.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } + 1
    }
}

extension JobReturn {
    /// From importing a marks file, to what it stored or the file's problems.
    static let importMarks = JobReturn(kind: ImportMarksJob.name, label: "See the result", path: { MarksImportRun.path($0) })
}
