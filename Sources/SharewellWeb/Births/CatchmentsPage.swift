import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The LA's early years team sets each children's centre's catchment: the postcode sectors whose
/// births go to it. A centre cannot edit its own; a sector already in another catchment is refused.
enum CatchmentsPage {
    static let path = "/births/catchments"
    struct Form: Content { var sectors: String? }

    static func team(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .decideSharing)
        guard user.organisationKind == .earlyYears else { throw Abort(.forbidden, reason: "Catchments are set by the local authority's early years team.") }
        return user
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try team(req)
        let notice = Done.what(req) == "catchment" ? "The catchment is saved. Births sent from now on are routed by it." : nil
        return view(try await req.store.birthCatchments(), notice: notice, typed: nil, errors: [], context: req.pageContext).response()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try team(req)
        let code = req.parameters.get("code") ?? ""
        let typed = try req.content.decode(Form.self).sectors ?? ""
        let field = "sectors-\(code)"
        do {
            try await req.store.setCatchment(typed, of: code, by: user, at: req.now)
            return Done.redirect(req, to: path, "catchment")
        } catch StoreError.unknownOrganisation {
            throw Abort(.notFound, reason: "There is no such children's centre.")
        } catch StoreError.invalidFields(let problems) {
            let errors = problems.map { FieldError(field: field, message: $0.message) }
            return view(try await req.store.birthCatchments(), notice: nil, typed: (code, typed), errors: errors, context: req.pageContext)
                .response(status: .unprocessableEntity)
        }
    }

    static func view(_ catchments: [ApprovedCatchment], notice: String?, typed: (code: String, text: String)?, errors: [FieldError], context: PageContext) -> HTML {
        Layout.document(title: "Children's centres' catchments", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Children's centres' catchments")),
            .p(.text("Each birth goes to the centre whose catchment holds its postcode sector (a postcode without its last two letters, like AW1 2). "
                     + "A sector belongs to one centre only. Births in no catchment come to your team to resolve: ")),
            .p(.a(.href("/births"), .text("Births to resolve"))),
            .if(catchments.isEmpty, .p(.text("There are no children's centres in the directory yet."))),
            .forEach(catchments) { centre in
                let id = "sectors-\(centre.centreCode)"
                let value = typed?.code == centre.centreCode ? typed!.text : centre.sectors.joined(separator: "; ")
                return .form(.method(.post), .action("\(path)/\(centre.centreCode)"), .attribute(named: "novalidate"), .class("catchment"),
                    Layout.csrfField(context), Layout.pageField(path),
                    FormField(id: id, label: "\(centre.centreName) (\(centre.centreCode))", value: value,
                              hint: "Sectors separated by semicolons, for example AW1 2; AW1 3", error: errors.message(for: id), name: "sectors").node,
                    .button(.type(.submit), .class("button"), .id("save-\(centre.centreCode)"), .text("Save \(centre.centreName)'s catchment")))
            }
        ))
    }
}
