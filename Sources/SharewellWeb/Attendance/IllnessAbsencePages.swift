import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Health-related absence monitoring (issue 6, item 8): the school's list of pupils whose
/// illness absence reached the threshold, flagged through the gate to the LA medical education team.
enum IllnessAbsencePage {
    struct Query: Content { var from: DateParts?; var to: DateParts?; var days: String?; var team: String? }

    struct Model {
        var from = DateParts(), to = DateParts(), days = String(Store.defaultIllnessDays)
        var pupils: [IllnessAbsence]?
        var teams: [(code: String, name: String)] = []
        var errors: [FieldError] = []
        var notice: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try schoolUser(req)
        let query = try req.query.decode(Query.self)
        var notice: String?
        // After a "Send" (Post/Redirect/Get): the sending as the store recorded it, if there is one.
        if Done.what(req) == "sent", let team = query.team, case .success(let (period, _)) = parse(query, today: CalendarDate(inEngland: req.now)),
           let last = try await req.store.lastSending(to: team, for: .medicalEducation, period: period, by: user) {
            let name = try await req.store.directory(.init(kind: .medicalEducation)).first { $0.code == team }?.name ?? team
            notice = "Sent \(counted(last.people, "pupil")) to \(name) on \(last.time) by \(last.by)."
        }
        return try await page(req, user, query, notice: notice, refusal: nil)
    }

    @Sendable static func send(req: Request) async throws -> Response {
        let user = try schoolUser(req)
        let form = try req.content.decode(Query.self)
        guard case .success(let (period, days)) = parse(form, today: CalendarDate(inEngland: req.now)), let team = form.team, !team.isEmpty else {
            throw Abort(.badRequest, reason: "The list to send is not complete: show the list again.")
        }
        switch try await req.store.sendIllnessAbsence(to: team, period: period, days: days, by: user, at: req.now) {
        case .success:
            let query = "from=\(period.lowerBound)&to=\(period.upperBound)&days=\(days)&team=\(team.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            return Done.redirect(req, to: "/attendance/illness?" + query, "sent")
        case .failure(let refusal):
            return try await page(req, user, form, notice: nil, refusal: refusal)
        }
    }

    private static func page(_ req: Request, _ user: ActingUser, _ query: Query, notice: String?, refusal: SharingRefusal?) async throws -> Response {
        var model = Model(from: query.from ?? DateParts(), to: query.to ?? DateParts(), days: query.days ?? String(Store.defaultIllnessDays))
        model.notice = notice
        model.teams = try await req.store.directory(.init(kind: .medicalEducation)).map { ($0.code, $0.name) }
        guard query.from != nil || query.to != nil else { return view(model, context: req.pageContext).response() }
        switch parse(query, today: CalendarDate(inEngland: req.now)) {
        case .failure(let invalid):
            model.errors = invalid.errors
            return view(model, context: req.pageContext).response(status: .unprocessableEntity)
        case .success(let (period, days)):
            model.pupils = try await req.store.illnessAbsence(period: period, days: days, for: user, at: req.now)
            if let refusal { model.errors = [.refused(refusal, field: "team")] }
            return view(model, context: req.pageContext).response(status: refusal == nil ? .ok : .conflict)
        }
    }

    private static func schoolUser(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .importAttendance)
        guard user.organisationKind == .school else { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
        return user
    }

    private static func parse(_ query: Query, today: CalendarDate) -> Result<(ClosedRange<CalendarDate>, Int), InvalidRequest> {
        var (period, errors) = PeriodFields.parse(from: query.from, to: query.to, today: today)
        let days = Int((query.days ?? "").trimmingCharacters(in: .whitespaces))
        if days.map({ !(1...195).contains($0) }) ?? true { errors.append(.init(field: "days", message: "Enter a whole number of school days from 1 to 195")) }
        guard errors.isEmpty, let period, let days else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success((period, days))
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Health-related absence", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Health-related absence")),
            .p(.text("Pupils whose illness absence (code I) over the period reached the number of school days. The statutory guidance on children who cannot attend school because of health needs uses 15 days, consecutive or cumulative.")),
            .form(.method(.get), .action("/attendance/illness"), .attribute(named: "novalidate"),
                PeriodFields.nodes(from: model.from, to: model.to, errors: model.errors),
                FormField(id: "days", label: "Illness absence of at least (school days)", value: model.days, error: model.errors.message(for: "days"), autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .text("Show the list"))),
            .unwrap(model.pupils) { pupils in .group(
                .table(.class("table"), .id("illness"),
                    .caption(.class("table-caption"), .text(counted(pupils.count, "pupil"))),
                    .thead(.tr(.forEach(["Name", "Date of birth", "UPN", "Illness days", "Attendance"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(pupils) { p in
                        .tr(.td(.text(p.name)), .td(.class("nowrap"), .text(p.dateOfBirth)), .td(.text(p.upn)), .td(.text(p.illnessDays)), .td(.text("\(p.attendancePercent)%")))
                    })),
                .if(!pupils.isEmpty, .form(.method(.post), .action("/attendance/illness/send"), .attribute(named: "novalidate"), Layout.csrfField(context),
                    .forEach([("from", model.from.iso), ("to", model.to.iso), ("days", model.days)]) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                    SelectField(id: "team", label: "Flag to the medical education team", options: model.teams.map { ($0.code, "\($0.name) (\($0.code))") },
                                selected: model.teams.count == 1 ? model.teams[0].code : "", prompt: "Choose a team", error: model.errors.message(for: "team")).node,
                    .button(.type(.submit), .class("button"), .id("send-illness"), .text("Send the list")))))
            }
        ))
    }
}
