import Plot
import SharewellFormats
import Vapor

/// A CSV or XML file sent from a page: the field that chooses it, reading it, and its problems
/// shown against the field, each with its line.
enum FileUpload {
    static func field(id: String, label: String, errors: [FieldError], accept: String = ".csv,text/csv") -> Node<HTML.FormContext> {
        let mine = errors.filter { $0.field == id }
        return .div(.class(mine.isEmpty ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("label"), .text(label)),
            .if(!mine.isEmpty, .ul(.id("\(id)-error"), .class("error-message"), .forEach(mine) { .li(.text($0.message)) })),
            .input(.type(.file), .id(id), .name(id), .attribute(named: "accept", value: accept), .describedBy(mine.isEmpty ? nil : "\(id)-error")))
    }

    /// The chosen file's bytes, or a problem against the field when none was chosen.
    static func bytes(_ req: Request, field: String, missing: String) throws -> [UInt8] {
        guard let file = try? req.content.get(File.self, at: field), file.data.readableBytes > 0 else {
            throw InvalidRequest(status: .unprocessableEntity, errors: [.init(field: field, message: missing)])
        }
        return Array(buffer: file.data)
    }

    /// Runs `body`; a file's problems become errors against the field, line by line.
    static func lined<T>(field: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as FormatError {
            var errors = error.problems.map { FieldError(field: field, message: "Line \($0.line), \($0.field): \($0.message)") }
            if error.truncated { errors.append(.init(field: field, message: "There are more problems after these; nothing was stored.")) }
            throw InvalidRequest(status: .unprocessableEntity, errors: errors)
        }
    }
}

/// The largest file any upload page takes: a whole school year of marks for a large school is a few
/// megabytes, so there is room.
enum UploadLimit {
    static let maximum: ByteCount = "64mb"
}
