import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The families whose team around the family the user's organisation is in (the children's centre
/// that formed it, health visiting and the other members the parent's consent names), and each
/// family's page: what the members shared, and a form to share more. Every view is audited.
enum TeamFamiliesPage {
    static let path = "/births/families"
    struct NoteForm: Content { var note: String? }

    static func path(_ id: UUID) -> String { "\(path)/\(id.uuidString.lowercased())" }
    private static let notFound = Abort(.notFound, reason: "There is no such family in your teams (the parent may have withdrawn consent).")

    static func isMember(_ user: ActingUser) -> Bool {
        user.may(.viewIdentifiableRecords) && ([.childrensCentre] + FamilyTeam.memberKinds).contains(user.organisationKind)
    }

    static func member(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard isMember(user) else { throw Abort(.forbidden, reason: "Teams around the family are for children's centres and the organisations the local authority lists in them.") }
        return user
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try member(req)
        let families = try await req.store.teamFamilies(for: user, at: req.now)
        return Layout.document(title: "Teams around the family", context: req.pageContext, main: .group(
            Layout.notice(notice(req)),
            .h1(.class("heading-l"), .text("Teams around the family")),
            .p(.text("Families registered with a children's centre whose parent consented to the centre's team sharing non-sensitive development and health "
                     + "information. Your organisation is in each family's team.")),
            families.isEmpty ? .p(.id("no-families"), .text("Your organisation is in no family's team yet.")) :
                Layout.scrolling("Families", .table(.class("table"), .id("team-families"),
                    .caption(.class("table-caption"), .text(counted(families.count, "family", "families"))),
                    .thead(.tr(.forEach(["Parent", "Baby's date of birth", "Postcode", "Team"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(families) { family in
                        .tr(.td(.a(.href(path(family.id)), .text(family.parentName))), .td(.class("nowrap"), .text(family.babyDateOfBirth)),
                            .td(.class("nowrap"), .text(family.postcode)), .td(.text(family.members.map(\.name).joined(separator: ", "))))
                    })))
        )).response()
    }

    private static func notice(_ req: Request) -> String? {
        let told = Done.count(req, "told"), refused = Done.count(req, "refused")
        switch Done.what(req) {
        case "team-formed": return "The registration is recorded, and the family's team is formed: \(counted(told, "member was", "members were")) sent the family."
        case "team-partly": return "The registration is recorded and the family's team is formed, but \(counted(refused, "member", "members")) could not be sent "
            + "the family: there is no active team-around-the-family agreement with them. Ask your information governance lead."
        case "withdrawn": return "Consent is withdrawn: the family and everything shared about it are removed from every member of the team, your centre included."
        default: return nil
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try member(req)
        guard let family = try await req.store.teamFamily(try teamID(req), for: user, at: req.now) else { throw notFound }
        if let kept = try await PendingForm.take(req) {
            return view(family, user: user, typed: try kept.decoded(as: NoteForm.self).note ?? "", errors: [], notice: PendingForm.notice(req), context: req.pageContext).response()
        }
        let told = Done.count(req, "told"), refused = Done.count(req, "refused")
        let notice = Done.what(req) == "note" ? "Shared with \(counted(told, "member", "members")) of the team"
            + (refused > 0 ? "; \(refused) could not be sent it (no active agreement)." : ".") : nil
        return view(family, user: user, typed: "", errors: [], notice: notice, context: req.pageContext).response()
    }

    @Sendable static func share(req: Request) async throws -> Response {
        let user = try member(req)
        let id = try teamID(req)
        let typed = try req.content.decode(NoteForm.self).note ?? ""
        do {
            let sharing = try await req.store.shareTeamNote(typed, about: id, by: user, at: req.now)
            return Done.redirect(req, to: path(id), "note", [("told", sharing.told.count), ("refused", sharing.notSent.count)])
        } catch StoreError.unknownPerson {
            throw notFound
        } catch StoreError.notAParty {
            throw Abort(.forbidden, reason: "Your role may not share information.")
        } catch StoreError.invalidFields(let problems) {
            guard let family = try await req.store.teamFamily(id, for: user, at: req.now) else { throw notFound }
            return view(family, user: user, typed: typed, errors: problems.map { FieldError(field: $0.field, message: $0.message) }, notice: nil, context: req.pageContext)
                .response(status: .unprocessableEntity)
        }
    }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let user = try member(req)
        do { try await req.store.withdrawFamilyTeam(try teamID(req), by: user, at: req.now) } catch StoreError.unknownPerson { throw notFound }
        return Done.redirect(req, to: path, "withdrawn")
    }

    private static func teamID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }

    static func view(_ family: TeamFamily, user: ActingUser, typed: String, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        let rows = [("Baby's date of birth", family.babyDateOfBirth), ("Address", family.address), ("Postcode", family.postcode),
                    ("The team", family.members.map(\.words).joined(separator: "; "))]
        let isCentre = family.members.first?.code == user.organisationCode
        return Layout.document(title: family.parentName, context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .span(.class("caption"), .text("Team around the family")),
            .h1(.class("heading-l"), .text(family.parentName)),
            .dl(.class("summary-list"), .forEach(rows) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .h2(.class("heading-m"), .text("Shared within the team")),
            family.notes.isEmpty ? .p(.id("no-notes"), .text("Nothing has been shared yet.")) :
                .ul(.class("list"), .id("team-notes"), .forEach(family.notes) { note in
                    .li(.p(.class("hint"), .text("\(note.author), \(note.organisation), \(CalendarDate(inEngland: note.writtenAt).longDescription)")),
                        .p(.class("note-text"), .text(note.text)))
                }),
            .form(.method(.post), .action(path(family.id) + "/notes"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(family.id)),
                TextArea(id: "note", label: "Share development or health information with the team", value: typed,
                         hint: "Non-sensitive information only, as the parent agreed (for example, the baby's feeding and weight, a missed appointment). "
                             + "A safeguarding concern goes to children's social care, not here. At most \(FamilyTeam.noteLimit) characters.",
                         error: errors.message(for: "note")).node,
                .button(.type(.submit), .class("button"), .id("share-note"), .text("Share with the team"))),
            .if(isCentre, .group(
                .h2(.class("heading-m"), .text("Consent withdrawn")),
                .form(.method(.post), .action(path(family.id) + "/withdraw"),
                    Layout.csrfField(context), Layout.pageField(path(family.id)),
                    .p(.text("If the parent withdraws consent, the family and everything shared about it are removed from every member at once, your centre included.")),
                    .button(.type(.submit), .class("button warning-button"), .id("withdraw-team"), .text("The parent withdrew consent"))))),
            .p(.a(.href(path), .text("Back to the families")))
        ))
    }
}
