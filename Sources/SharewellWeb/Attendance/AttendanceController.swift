import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import Vapor

/// Schools send their session marks: a page to upload the file, and the API for the school's
/// management information system. Both check the whole file and store all or nothing.
enum AttendanceController {
    struct Period: Content { var from: DateParts?; var to: DateParts? }

    /// Who may send a school's files: someone allowed to, at a school. Checked before a byte of the
    /// file is read, so no one else's upload reaches a parser (issue 14, finding 1).
    static func school(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .importAttendance)
        guard user.organisationKind == .school else { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
        return user
    }

    /// `POST /api/v1/attendance/marks` with the CSV as the body (`text/csv`).
    @Sendable static func apiImport(req: Request) async throws -> Response {
        let client = try school(req)
        let body = try await req.body.collect(upTo: Int(UploadLimit.maximum.value))
        let summary = try await store(Array(buffer: body), period: try req.query.decode(Period.self), by: client, req)
        return try await ImportJSON(summary).encodeResponse(for: req)
    }

    /// `POST /api/v1/attendance/pupils` with the pupil file as the body (`text/csv`).
    @Sendable static func apiPupils(req: Request) async throws -> Response {
        let client = try school(req)
        let body = try await req.body.collect(upTo: Int(UploadLimit.maximum.value))
        return try await PupilImportJSON(try await storePupils(Array(buffer: body), by: client, req)).encodeResponse(for: req)
    }

    /// `POST /api/v1/attendance/summaries` with per-pupil summaries as the body (`text/csv`).
    @Sendable static func apiSummaries(req: Request) async throws -> Response {
        let client = try school(req)
        let body = try await req.body.collect(upTo: Int(UploadLimit.maximum.value))
        return try await SummaryImportJSON(summaries: try await storeSummaries(Array(buffer: body), by: client, req)).encodeResponse(for: req)
    }

    /// `POST /api/v1/attendance/ctf` with a Common Transfer File as the body (`application/xml`).
    @Sendable static func apiTransferFile(req: Request) async throws -> Response {
        let client = try school(req)
        let body = try await req.body.collect(upTo: Int(UploadLimit.maximum.value))
        return try await TransferFileJSON(try await storeTransferFile(Array(buffer: body), by: client, req)).encodeResponse(for: req)
    }

    @Sendable static func uploadTransferFile(req: Request) async throws -> Response {
        try await pageUpload(req, field: "ctf", missing: "Choose the Common Transfer File to upload") { bytes, user in
            let t = try await storeTransferFile(bytes, by: user, req)
            return [("pupils", t.pupils), ("added", t.added), ("marks", t.yearsOfMarks), ("totals", t.yearsOfTotals)]
        }
    }

    private static func storeTransferFile(_ bytes: [UInt8], by user: ActingUser, _ req: Request) async throws -> TransferFileSummary {
        try await lined(field: "ctf") {
            try await req.store.importTransferFile(try CommonTransferFile.read(bytes), by: user, at: req.now)
        }
    }

    @Sendable static func uploadSummaries(req: Request) async throws -> Response {
        try await pageUpload(req, field: "summaries", missing: "Choose the summaries file to upload") { bytes, user in
            [("count", try await storeSummaries(bytes, by: user, req))]
        }
    }

    private static func storeSummaries(_ bytes: [UInt8], by user: ActingUser, _ req: Request) async throws -> Int {
        try await lined(field: "summaries") {
            let rows = try bytes.withUnsafeBufferPointer { try PupilSummaryCSV.read($0) }
            return try await req.store.importSummaries(rows, by: user, at: req.now)
        }
    }

    @Sendable static func uploadPupils(req: Request) async throws -> Response {
        try await pageUpload(req, field: "pupils", missing: "Choose the pupil file to upload") { bytes, user in
            let s = try await storePupils(bytes, by: user, req)
            return [("added", s.added), ("updated", s.updated), ("practice", s.withPractice)]
        }
    }

    /// A file sent from the import page: stored, then the page is reached by a redirect that says
    /// what was stored (Post/Redirect/Get: a reload sends nothing again); or the page is shown with
    /// every problem against the file's field.
    private static func pageUpload(_ req: Request, field: String, missing: String,
                                   _ store: ([UInt8], ActingUser) async throws -> [(String, Int)]) async throws -> Response {
        let user = try school(req)
        var model = AttendanceImportPage.Model()
        do {
            let counts = try await store(try FileUpload.bytes(req, field: field, missing: missing), user)
            return Done.redirect(req, to: "/attendance/import", field, counts)
        } catch let invalid as InvalidRequest {
            model.errors = invalid.errors
            return AttendanceImportPage.view(model, context: req.pageContext).response(status: invalid.status)
        }
    }

    private static func storePupils(_ bytes: [UInt8], by user: ActingUser, _ req: Request) async throws -> PupilImportSummary {
        try await lined(field: "pupils") {
            let rows = try bytes.withUnsafeBufferPointer { try PupilFileCSV.read($0) }
            return try await req.store.importPupils(rows, by: user, at: req.now)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try school(req)
        return AttendanceImportPage.view(.init(notice: AttendanceImportPage.notice(req)), context: req.pageContext).response()
    }

    struct Upload: Content { var marks: File?; var from: DateParts?; var to: DateParts? }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try school(req)
        let form = try req.content.decode(Upload.self)
        var model = AttendanceImportPage.Model(from: form.from ?? DateParts(), to: form.to ?? DateParts())
        do {
            if let queued = try await MarksImportRun.asked(form, by: user, req) { return queued }
            let bytes = form.marks.flatMap { $0.data.readableBytes > 0 ? Array(buffer: $0.data) : nil }
            let s = try await store(bytes, period: .init(from: form.from, to: form.to), by: user, req)
            return Done.redirect(req, to: "/attendance/import", "marks", [("marks", s.marks), ("pupils", s.pupils), ("cleared", s.cleared),
                                                                           ("from", s.period.lowerBound.dayNumber), ("to", s.period.upperBound.dayNumber)])
        } catch let invalid as InvalidRequest {
            model.errors = invalid.errors
            return AttendanceImportPage.view(model, context: req.pageContext).response(status: invalid.status)
        }
    }

    /// Parses, checks and stores; every problem becomes a field error naming its line.
    /// Every problem at once: the period's dates, a missing file, the file's lines and its pupils
    /// not on the roll are all checked before any is reported (the file is read against no period
    /// when the period is wrong).
    private static func store(_ bytes: [UInt8]?, period: Period, by user: ActingUser, _ req: Request) async throws -> AttendanceImportSummary {
        var errors: [FieldError] = []
        let range = parse(period, today: CalendarDate(inEngland: req.now), into: &errors)
        if bytes == nil { errors.append(.init(field: "marks", message: "Choose the marks file to upload")) }
        var upload: AttendanceUpload?
        do {
            // The file's lines and its pupils not on the roll come together (issue 16, item 3).
            let period = errors.isEmpty ? range : nil
            if let bytes { upload = try await lined(field: "marks") { try await req.store.readMarks(bytes, period: period, by: user) } }
        } catch let invalid as InvalidRequest {
            errors += invalid.errors
        }
        guard errors.isEmpty, let upload else { throw InvalidRequest(status: .unprocessableEntity, errors: errors) }
        return try await lined(field: "marks") { try await req.store.importAttendance(upload, by: user, at: req.now) }
    }

    /// A file's problems as errors on its upload field, each naming its line; a non-school a 403.
    private static func lined<T>(field: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await FileUpload.lined(field: field, body)
        } catch StoreError.notASchool {
            throw Abort(.forbidden, reason: StoreError.notASchool.message)
        }
    }

    /// The period the form names, `nil` for none (both dates left empty), each problem in `errors`.
    static func parse(_ period: Period, today: CalendarDate, into errors: inout [FieldError]) -> ClosedRange<CalendarDate>? {
        let before = errors.count, window = PeriodFields.window(today: today)
        let from = (period.from ?? DateParts()).readIfTyped("from", naming: "the first day of the period", within: window, into: &errors)
        let to = (period.to ?? DateParts()).readIfTyped("to", naming: "the last day of the period", within: window, into: &errors)
        if (from == nil) != (to == nil), errors.count == before {
            errors.append(.init(field: from == nil ? "from" : "to", message: "Give both dates of the period, or neither"))
        }
        if let from, let to, from > to { errors.append(.init(field: "to", message: "The period must end on or after its first day")) }
        guard errors.count == before, let from, let to else { return nil }
        return from...to
    }
}

/// What a Common Transfer File changed (`TransferFileImport` in `openapi.yaml`).
struct TransferFileJSON: Content, Equatable {
    var pupils: Int, added: Int, yearsOfMarks: Int, yearsOfTotals: Int
    init(_ s: TransferFileSummary) { pupils = s.pupils; added = s.added; yearsOfMarks = s.yearsOfMarks; yearsOfTotals = s.yearsOfTotals }
}

/// How many per-pupil summaries were stored (`SummaryImport` in `openapi.yaml`).
struct SummaryImportJSON: Content, Equatable { var summaries: Int }

/// What a pupil file changed, as the API answers (`PupilImport` in `openapi.yaml`).
struct PupilImportJSON: Content, Equatable {
    var added: Int, updated: Int, withPractice: Int
    init(_ s: PupilImportSummary) { added = s.added; updated = s.updated; withPractice = s.withPractice }
}

/// What an import stored, as the API answers (`AttendanceImport` in `openapi.yaml`).
struct ImportJSON: Content, Equatable {
    var pupils: Int, marks: Int, from: String, to: String, cleared: Int

    init(_ s: AttendanceImportSummary) {
        pupils = s.pupils; marks = s.marks; from = s.period.lowerBound.description; to = s.period.upperBound.description; cleared = s.cleared
    }
}
