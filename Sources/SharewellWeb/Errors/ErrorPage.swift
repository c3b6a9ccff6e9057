import Plot
import Vapor

/// The page for a missing page, a bad request or our own fault.
enum ErrorPage {
    struct Model: Equatable {
        var status: HTTPResponseStatus
        var detail: String

        /// The heading in plain English: never the HTTP reason phrase ("Payload Too Large"), which
        /// is for programs (issue 16, item 4).
        var title: String {
            switch status {
            case .notFound, .gone: "Page not found"
            case .badRequest: "There is a problem with the request"
            case .forbidden: "You cannot do this"
            case .unauthorized: "Sign in to continue"
            case .payloadTooLarge: "What you sent is too large"
            case .methodNotAllowed: "This page cannot do that"
            case .unsupportedMediaType: "What you sent is not in a form this page accepts"
            case .unprocessableEntity: "There is a problem with what you sent"
            case .conflict: "This cannot be done now"
            case .tooManyRequests: "Too many attempts"
            case .requestTimeout: "This took too long"
            case .serviceUnavailable: "Sorry, the service is unavailable"
            default: status.code < 500 ? "There is a problem with the request" : "Sorry, there is a problem with the service"
            }
        }

        /// What to say when the error carries no words of its own, only the reason phrase.
        static func plainDetail(for status: HTTPResponseStatus) -> String {
            switch status {
            case .notFound, .gone: "There is no page at this address."
            case .payloadTooLarge: "What was sent is larger than this page accepts."
            case .methodNotAllowed: "This page does not accept what was sent. Go back and use its form or link."
            case .unsupportedMediaType: "Send the page's own form, or a file of the kind it asks for."
            case .tooManyRequests: "Wait a few minutes, then try again."
            case .requestTimeout: "Try again."
            default: status.code < 500 ? "Go back and try again." : "Something went wrong on our side. Try again later."
            }
        }
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: model.title, context: context, main: .group(
            .h1(.class("heading-l"), .text(model.title)),
            .p(.text(model.detail)),
            .p(.text("You can "), .a(.href("/"), .text("go to the home page")), .text(" or "),
               .a(.href("/directory"), .text("search the directory")), .text("."))
        ))
    }
}
