import Plot
import Vapor

/// The page for a missing page, a bad request or our own fault.
enum ErrorPage {
    struct Model: Equatable {
        var status: HTTPResponseStatus
        var detail: String

        var title: String {
            switch status {
            case .notFound: "Page not found"
            case .badRequest: "There is a problem with the request"
            case .forbidden: "You cannot do this"
            case .unauthorized: "Sign in to continue"
            case .internalServerError: "Sorry, there is a problem with the service"
            default: status.reasonPhrase
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
