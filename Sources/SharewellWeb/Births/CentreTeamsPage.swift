import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The LA's early years team lists each children's centre's team around the family: the
/// organisations (health visiting and the others) a parent's consent at registration names.
enum CentreTeamsPage {
    static let path = "/births/teams"
    struct Form: Content { var members: [String]? }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try CatchmentsPage.team(req)
        let notice = Done.what(req) == "team" ? "The team is saved. Families registered from now on can consent to share within it." : nil
        let (teams, candidates) = try await req.store.centreTeams()
        return view(teams, candidates: candidates, notice: notice, typed: nil, errors: [], context: req.pageContext).response()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try CatchmentsPage.team(req)
        let code = req.parameters.get("code") ?? ""
        let members = try req.content.decode(Form.self).members ?? []
        do {
            try await req.store.setCentreTeam(members, of: code, by: user, at: req.now)
            return Done.redirect(req, to: path, "team")
        } catch StoreError.unknownOrganisation {
            throw Abort(.notFound, reason: "There is no such children's centre.")
        } catch StoreError.invalidFields(let problems) {
            let (teams, candidates) = try await req.store.centreTeams()
            return view(teams, candidates: candidates, notice: nil, typed: (code, Set(members)),
                        errors: problems.map { FieldError(field: "members-\(code)", message: $0.message) }, context: req.pageContext)
                .response(status: .unprocessableEntity)
        }
    }

    static func view(_ teams: [CentreTeam], candidates: [TeamMember], notice: String?, typed: (code: String, members: Set<String>)?,
                     errors: [FieldError], context: PageContext) -> HTML {
        Layout.document(title: "Teams around the family", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Teams around the family")),
            .p(.text("Each children's centre works with a multi-agency team. When a family registers with the centre, the parent can consent to the team "
                     + "sharing non-sensitive development and health information about the family: the consent names the organisations listed here.")),
            .if(teams.isEmpty, .p(.text("There are no children's centres in the directory yet."))),
            .forEach(teams) { team in
                let selected = typed?.code == team.centreCode ? typed!.members : Set(team.members.map(\.code))
                return .form(.method(.post), .action("\(path)/\(team.centreCode)"), .attribute(named: "novalidate"), .class("catchment"),
                    Layout.csrfField(context), Layout.pageField(path),
                    Choices(name: "members-\(team.centreCode)", legend: "\(team.centreName) (\(team.centreCode)): the centre's team",
                            options: candidates.map { ($0.code, "\($0.words): \($0.kind.displayName)") }, selected: selected, kind: .checkbox,
                            error: errors.message(for: "members-\(team.centreCode)"), fieldName: "members").node,
                    .button(.type(.submit), .class("button"), .id("save-team-\(team.centreCode)"), .text("Save \(team.centreName)'s team")))
            }
        ))
    }
}
