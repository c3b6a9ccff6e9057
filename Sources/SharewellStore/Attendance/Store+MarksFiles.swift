import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SharewellFormats

/// A school's marks file kept for its import job (migration 036). Read only here.
final class MarksFileModel: Model, @unchecked Sendable {
    static let schema = "attendance_marks_files"
    @ID(key: .id) var id: UUID?
    /// Only this school's import reads it.
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "size") var size: Int64
    /// The file as sent, sealed; empty once its import has run.
    @Field(key: "sealed_file") var sealedFile: Data
    /// What the import did (`MarksImportOutcome` as JSON), written with the marks.
    @OptionalField(key: "outcome") var outcome: String?
    @Field(key: "kept_at") var keptAt: Date
    init() {}
}

extension Store {
    /// How long a marks file waits for its import: far longer than every try of its job takes
    /// (the last starts about 22 minutes after the first), short for a file of pupils' marks.
    public static let marksFileLifetime: TimeInterval = 24 * 60 * 60
    /// The largest marks file kept, as the upload pages take.
    public static let largestMarksFile = 64 * 1_024 * 1_024

    /// Keeps a school's marks file for its import job, sealed under the server key and bound to
    /// the school and the row. Files past their lifetime, any school's, go at the same time.
    func keepMarksFile(_ file: Data, school: UUID, at date: Date) async throws -> UUID {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        guard file.count <= Self.largestMarksFile else {
            throw StoreError.invalidFields([.init(field: "marks", message: "The marks file is larger than 64 MB: send it in parts")])
        }
        let model = MarksFileModel()
        let id = UUID()
        model.id = id
        model.schoolID = school
        model.size = Int64(file.count)
        model.sealedFile = try secrets.seal(file, context: Self.marksFileContext(id, school))
        model.keptAt = date
        try await Self.writeTransaction(on: db) { tx in
            try await MarksFileModel.query(on: tx).filter(\.$keptAt < date.addingTimeInterval(-Self.marksFileLifetime)).delete()
            try await model.create(on: tx)
        }
        return id
    }

    /// Imports a kept marks file as `actor`, once: a second run (its first worker stalled past its
    /// lease) reads what the first did. The file's problems are an outcome like a success: nothing
    /// is stored, every problem is kept by line and field. `step` hears each step of three done.
    func importMarksFile(_ job: ImportMarksJob.Payload, by actor: ActingUser, at date: Date,
                         step: @Sendable (Int) async throws -> Void) async throws -> MarksImportOutcome {
        // Not a refusal: a worker started without the server key leaves the job to be tried again,
        // by a worker that has it.
        guard let secrets else { throw WithoutServerKey() }
        guard let schoolID = actor.organisationID,
              let model = try await MarksFileModel.query(on: db).filter(\.$id == job.file).filter(\.$schoolID == schoolID).first()
        else { throw Self.marksFileGone }
        if let done = model.outcome { return try JobJSON.decode(MarksImportOutcome.self, done, column: "attendance_marks_files.outcome") }
        guard model.keptAt >= date.addingTimeInterval(-Self.marksFileLifetime) else { throw Self.marksFileGone }
        let bytes = [UInt8](try secrets.open(model.sealedFile, context: Self.marksFileContext(job.file, schoolID)))
        try await step(1)
        do {
            // Read as the page reads it: the file's problems and pupils not on the roll in one round.
            let upload = try await readMarks(bytes, period: job.period, by: actor)
            try await step(2)
            let summary = try await importAttendance(upload, by: actor, at: date) { summary, tx in
                try await Self.finish(job.file, MarksImportOutcome(summary), on: tx)
            }
            return MarksImportOutcome(summary)
        } catch let problems as FormatError {
            let outcome = MarksImportOutcome(problems)
            try await Self.writeTransaction(on: db) { tx in try await Self.finish(job.file, outcome, on: tx) }
            return outcome
        } catch is FinishedElsewhere {
            // Another run finished first, between our look and our write: its outcome stands.
            return try await importMarksFile(job, by: actor, at: date, step: step)
        }
    }

    /// Writes the outcome and empties the file, unless another run did first (then nothing this
    /// transaction did may stand: throwing rolls it back).
    private static func finish(_ file: UUID, _ outcome: MarksImportOutcome, on tx: any Database) async throws {
        let rows = try await (tx as! any SQLDatabase).update(MarksFileModel.schema)
            .set("outcome", to: SQLBind(try JobJSON.encode(outcome))).set("sealed_file", to: SQLBind(Data()))
            .where("id", .equal, SQLBind(file)).where("outcome", .is, SQLLiteral.null).returning("id").all()
        if rows.isEmpty { throw FinishedElsewhere() }
    }

    private struct FinishedElsewhere: Error {}
    struct WithoutServerKey: Error {}

    private static var marksFileGone: StoreError {
        .invalidFields([.init(field: "marks", message: "The marks file is no longer kept (a file waits at most a day for its import): send it again")])
    }

    /// What a sealed marks file is bound to: its row and its school.
    private static func marksFileContext(_ id: UUID, _ school: UUID) -> String {
        "sharewell marks file v1 \(id.uuidString.lowercased()) \(school.uuidString.lowercased())"
    }
}
