import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// What the LA medical education team has been flagged, and what it did with each pupil
/// (issue 16, item 11: the first step of the medical education pathway).
enum MedicalEducationInboxPage {
    struct Form: Content { var kind: String?; var reason: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try teamUser(req)
        let pupils = try await req.store.medicalEducationInbox(for: user, at: req.now)
        let notice = Done.what(req) == "recorded" ? "What you did is recorded." : nil
        return Layout.document(title: "Health-related absence inbox", context: req.pageContext, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Health-related absence inbox")),
            .p(.text("Pupils whose schools flagged that illness absence reached their threshold, shared under an agreement. "
                     + "Open a pupil to record what you did.")),
            table(pupils)
        )).response()
    }

    @Sendable static func showPupil(req: Request) async throws -> Response {
        let (user, id) = (try teamUser(req), try referralID(req))
        guard let pupil = try await req.store.flaggedPupil(id, for: user, at: req.now) else { throw notFound }
        // A form kept because a field was too long (or the session timed out) comes back as typed.
        if let kept = try await PendingForm.take(req) {
            return view(pupil, form: try kept.decoded(), errors: [], notice: PendingForm.notice(req), context: req.pageContext).response()
        }
        return view(pupil, form: .init(), errors: [], context: req.pageContext).response()
    }

    @Sendable static func record(req: Request) async throws -> Response {
        let (user, id) = (try teamUser(req), try referralID(req))
        let form = try req.content.decode(Form.self)
        switch MedicalEducationAction.parse(kind: form.kind ?? "", reason: form.reason ?? "") {
        case .success(let action):
            do {
                try await req.store.recordMedicalEducationAction(action, on: id, by: user, at: req.now)
            } catch StoreError.unknownPerson { throw notFound }
            return Done.redirect(req, to: "/inbox/medical-education", "recorded")
        case .failure(let invalid):
            guard let pupil = try await req.store.flaggedPupil(id, for: user, at: req.now) else { throw notFound }
            return view(pupil, form: form, errors: invalid.problems.fieldErrors, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    private static let notFound = Abort(.notFound, reason: "There is no such pupil in your team's inbox.")

    private static func teamUser(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard user.organisationKind == .medicalEducation else { throw AccessRefusal.organisationKind(.medicalEducation, user, work: "the health-related absence inbox") }
        return user
    }

    private static func referralID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }

    private static func table(_ pupils: [IllnessReferral]) -> Node<HTML.BodyContext> {
        Layout.scrolling("Pupils flagged to the medical education team", .table(.class("table"), .id("flagged"),
            .caption(.class("table-caption"), .text(counted(pupils.count, "pupil"))),
            .thead(.tr(.forEach(["Name", "Date of birth", "UPN", "School", "Illness days", "Period", "Received", "What was done"]) {
                .th(.attribute(named: "scope", value: "col"), .text($0))
            })),
            .tbody(.forEach(pupils) { p in
                .tr(.td(.a(.href(path(p)), .text(p.name))), .td(.class("nowrap"), .text(p.dateOfBirth)), .td(.text(p.upn)), .td(.text(p.schoolName)),
                    .td(.text(p.illnessDays)), .td(.class("nowrap"), .text(p.period)),
                    .td(.class("nowrap"), .text(CalendarDate(inEngland: p.receivedAt).description)),
                    .td(.text(p.actions.first.map(done) ?? "Nothing recorded yet")))
            })))
    }

    private static func path(_ pupil: IllnessReferral) -> String { "/inbox/medical-education/\(pupil.id.uuidString.lowercased())" }

    /// "Referred to the panel: … (Sam Patel, 7 Dec 2026 13:02)".
    private static func done(_ record: MedicalEducationRecord) -> String {
        "\(record.action.words) (\(record.by), \(AgreementPage.time(record.at)))"
    }

    static func view(_ pupil: IllnessReferral, form: Form, errors: [FieldError], notice: String? = nil, context: PageContext) -> HTML {
        Layout.document(title: pupil.name, context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .span(.class("caption"), .text("Health-related absence")),
            .h1(.class("heading-l"), .text(pupil.name)),
            .dl(.class("summary-list"), .forEach([("Date of birth", pupil.dateOfBirth), ("UPN", pupil.upn), ("School", pupil.schoolName),
                                                  ("Illness days", pupil.illnessDays), ("Period", pupil.period)]) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            history(pupil.actions),
            .form(.method(.post), .action(path(pupil)), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(pupil)),
                Choices(name: "kind", legend: "What did you do?", options: MedicalEducationAction.Kind.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [form.kind ?? ""], error: errors.message(for: "kind")).node,
                TextArea(id: "reason", label: "Why, or what was agreed", value: form.reason ?? "",
                         hint: "Required for no action. A later record replaces what the inbox shows; earlier ones stay in the history.",
                         error: errors.message(for: "reason")).node,
                .button(.type(.submit), .class("button"), .id("record-action"), .text("Record what you did"))),
            .p(.a(.href("/inbox/medical-education"), .text("Back to the inbox")))
        ))
    }

    private static func history(_ actions: [MedicalEducationRecord]) -> Node<HTML.BodyContext> {
        .if(actions.isEmpty, .p(.id("no-actions"), .text("Nothing has been recorded for this pupil yet.")), else:
            .table(.class("table"), .id("actions"),
                .caption(.class("table-caption"), .text("What was done, newest first")),
                .thead(.tr(.forEach(["When", "Who", "What", "Why"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(actions) { a in
                    .tr(.td(.class("nowrap"), .text(AgreementPage.time(a.at))), .td(.text(a.by)), .td(.text(a.action.kind.displayName)), .td(.text(a.action.reason)))
                })))
    }
}
