import SharewellCore
import Vapor

/// An API error as `application/problem+json` (RFC 9457), with one entry per bad field.
struct Problem: Content {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String
    var errors: [FieldProblem]?

    struct FieldProblem: Content, Equatable {
        var field: String
        var line: Int?
        var message: String
    }

    func response() -> Response {
        let response = Response(status: HTTPResponseStatus(statusCode: status))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        response.body = .init(data: (try? encoder.encode(self)) ?? Data())
        return response
    }
}

/// A request the user got wrong, with what is wrong with each field: a 4xx, never a 500.
struct InvalidRequest: Error {
    var status: HTTPResponseStatus = .badRequest
    var errors: [FieldError]
}

/// One field's problem, for a form's error summary or an API problem's `errors`.
struct FieldError: Equatable, Sendable {
    /// The form control's `id` and the API parameter's name.
    var field: String
    var message: String
    /// Where to go to put it right when the fix is not on this page ("Agreements"), shown beside
    /// the message in the error summary.
    var onward: Onward? = nil

    struct Onward: Equatable, Sendable { var text: String; var path: String }
}

extension Array where Element == FieldError {
    /// A form's own problems, handed to the store to report with its checks.
    var problems: [SharewellCore.FieldProblem] { map { .init(field: $0.field, message: $0.message) } }
}
