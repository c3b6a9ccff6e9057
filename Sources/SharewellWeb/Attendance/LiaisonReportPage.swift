import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Re-measure and report (issue 6, item 7): a round of the liaison, attendance over a later
/// period, and seed 000's tables. Counts shown outside the practice are suppressed.
enum LiaisonReportPage {
    struct Query: Content { var school: String?; var practice: String?; var from: String?; var to: String?; var laterFrom: DateParts?; var laterTo: DateParts? }

    struct Model {
        var rounds: [LiaisonRound] = []
        var query = Query()
        var report: LiaisonReport.Published?
        var suppressed = false
        /// The later periods the school has sent for the chosen round.
        var remeasures: [ClosedRange<CalendarDate>] = []
        /// The viewer is the round's school: it sends re-measures.
        var isSchool = false
        var notice: String?
        var errors: [FieldError] = []
    }

    static func link(_ round: LiaisonRound) -> String {
        "/attendance/report?school=\(round.schoolCode)&practice=\(round.practiceCode)&from=\(round.periodFrom)&to=\(round.periodTo)"
    }

    static func link(_ round: LiaisonRound, later: ClosedRange<CalendarDate>) -> String {
        link(round) + "&laterFrom=\(later.lowerBound)&laterTo=\(later.upperBound)"
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        var model = Model(rounds: try await req.store.liaisonRounds(for: user).map(\.round), query: try req.query.decode(Query.self))
        guard let round = try chosenRound(model) else { return view(model, context: req.pageContext).response() }
        model.remeasures = try await req.store.remeasures(of: round, for: user)
        model.isSchool = user.organisationCode == round.schoolCode
        if Done.what(req) == "remeasure" { model.notice = "Sent the re-measure to \(round.practiceCode)." }
        guard model.query.laterFrom != nil || model.query.laterTo != nil else { return view(model, context: req.pageContext).response() }
        guard let later = laterPeriod(&model, after: round, today: CalendarDate(inEngland: req.now)) else { return view(model, context: req.pageContext).response(status: .unprocessableEntity) }
        guard model.remeasures.contains(later) else {
            model.errors = [.init(field: "laterFrom", message: model.isSchool
                ? "Send the re-measure for \(later.lowerBound) to \(later.upperBound) to the practice first; the report reads only what the practice received"
                : "\(round.schoolCode) has not sent attendance for \(later.lowerBound) to \(later.upperBound) yet; ask the school to send the re-measure")]
            return view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        do {
            model.report = try await req.store.liaisonReport(round, later: later, for: user, at: req.now)
            model.suppressed = model.isSchool
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
            return view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        return view(model, context: req.pageContext).response()
    }

    /// The school sends the round's pupils' attendance over the later period to the practice,
    /// through the gate, then sees the report (Post/Redirect/Get).
    @Sendable static func sendRemeasure(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .importAttendance)
        var model = Model(rounds: try await req.store.liaisonRounds(for: user).map(\.round), query: try req.content.decode(Query.self), isSchool: true)
        guard let round = try chosenRound(model), round.schoolCode == user.organisationCode else {
            throw Abort(.notFound, reason: "There is no such list from your school.")
        }
        model.remeasures = try await req.store.remeasures(of: round, for: user)
        guard let later = laterPeriod(&model, after: round, today: CalendarDate(inEngland: req.now)) else { return view(model, context: req.pageContext).response(status: .unprocessableEntity) }
        do {
            switch try await req.store.sendRemeasure(round, later: later, by: user, at: req.now) {
            case .success: return Done.redirect(req, to: link(round, later: later), "remeasure")
            case .failure(let refusal):
                model.errors = [.refused(refusal, field: "laterFrom")]
                return view(model, context: req.pageContext).response(status: .conflict)
            }
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
            return view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    /// The round the query names, if the viewer's organisation is a party to it.
    private static func chosenRound(_ model: Model) throws -> LiaisonRound? {
        let q = model.query
        guard let school = q.school, let practice = q.practice, let from = q.from, let to = q.to else { return nil }
        let round = LiaisonRound(schoolCode: school, practiceCode: practice, periodFrom: from, periodTo: to)
        guard model.rounds.contains(round) else { throw Abort(.notFound, reason: "There is no such list between your organisation and another.") }
        return round
    }

    /// The later period typed, or `nil` with every problem with it in `model.errors`.
    private static func laterPeriod(_ model: inout Model, after round: LiaisonRound, today: CalendarDate) -> ClosedRange<CalendarDate>? {
        let q = model.query, window = PeriodFields.window(today: today)
        let laterFrom = (q.laterFrom ?? DateParts()).read("laterFrom", naming: "the first day of the later period", within: window, into: &model.errors)
        let laterTo = (q.laterTo ?? DateParts()).read("laterTo", naming: "the last day of the later period", within: window, into: &model.errors)
        if let laterFrom, let laterTo, laterFrom > laterTo { model.errors.append(.init(field: "laterTo", message: "The last day must be on or after the first")) }
        if let laterFrom, let laterTo, laterFrom <= laterTo, laterFrom.distance(to: laterTo) >= PeriodFields.maximumDays {
            model.errors.append(.init(field: "laterTo", message: "Choose a later period of at most three years"))
        }
        if let laterFrom, let end = CalendarDate(iso: round.periodTo), laterFrom <= end {
            model.errors.append(.init(field: "laterFrom", message: "The later period must start after \(end), when the list's period ended"))
        }
        guard model.errors.isEmpty, let laterFrom, let laterTo else { return nil }
        return laterFrom...laterTo
    }

    private static func roundLink(_ q: Query, _ later: ClosedRange<CalendarDate>) -> String {
        link(LiaisonRound(schoolCode: q.school ?? "", practiceCode: q.practice ?? "", periodFrom: q.from ?? "", periodTo: q.to ?? ""), later: later)
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let q = model.query
        return Layout.document(title: "Attendance liaison report", context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Attendance liaison report")),
            .p(.text("Choose a list, then a later period to re-measure the same pupils' attendance.")),
            model.rounds.isEmpty ? .p(.text("There are no lists yet.")) : .ul(.class("list"), .forEach(model.rounds) { round in
                .li(.a(.href(link(round)), .text("\(round.schoolCode)'s list to \(round.practiceCode), \(round.periodFrom) to \(round.periodTo)")))
            }),
            .if(q.school != nil && q.from != nil, .group(
                .h2(.class("heading-m"), .text("\(q.school ?? "")'s list to \(q.practice ?? ""), \(q.from ?? "") to \(q.to ?? "")")),
                model.remeasures.isEmpty
                    ? .p(.id("no-remeasures"), .text(model.isSchool ? "You have not sent a re-measure of these pupils yet." : "The school has not sent a re-measure of these pupils yet."))
                    : .ul(.class("list"), .id("remeasures"), .forEach(model.remeasures) { later in
                        .li(.a(.href(roundLink(q, later)), .text("Report, re-measured \(later.lowerBound) to \(later.upperBound)")))
                    }),
                .form(.method(model.isSchool ? .post : .get), .action(model.isSchool ? "/attendance/report/remeasure" : "/attendance/report"), .attribute(named: "novalidate"),
                    .if(model.isSchool, Layout.csrfField(context)),
                    .forEach([("school", q.school), ("practice", q.practice), ("from", q.from), ("to", q.to)]) { name, value in
                        .input(.type(.hidden), .name(name), .value((value ?? "")))
                    },
                    .if(model.isSchool, .p(.text("Sending a re-measure sends the practice these pupils' attendance over the later period, under the agreement; the report reads only that."))),
                    DateInput(id: "laterFrom", legend: "Later period: first day", parts: q.laterFrom ?? DateParts(), errors: model.errors).node,
                    DateInput(id: "laterTo", legend: "Later period: last day", parts: q.laterTo ?? DateParts(), errors: model.errors).node,
                    .button(.type(.submit), .class("button"), .id("remeasure"), .text(model.isSchool ? "Send the re-measure and report" : "Report"))))),
            .unwrap(model.report?.withheldBelow) { smallest in
                .p(.id("withheld"), .class("inset-text"), .text("Fewer than \(counted(smallest, "pupil")): figures withheld. So that no pupil's family can be recognised, counts about a round leave the practice only when it has at least \(counted(smallest, "pupil"))."))
            },
            .unwrap(model.report.flatMap { $0.withheldBelow == nil ? $0 : nil }) { report in .group(
                .if(model.suppressed, .p(.text("Counts from 1 to 7 are shown as * so that no pupil can be recognised; where a total would reveal one, the next smallest count is hidden too."))),
                .table(.class("table"), .id("identified"),
                    .caption(.class("table-caption"), .text("Pupils identified and what the practice found")),
                    .thead(.tr(.td(), .forEach(["Total", "Male", "Female", "Not recorded"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(report.lines) { line in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(line.label)), .td(.text(line.total)), .td(.text(line.male)),
                            .td(.text(line.female)), .td(.text(line.notRecorded)))
                    })),
                .table(.class("table"), .id("outcomes"),
                    .caption(.class("table-caption"), .text("Response and outcomes")),
                    .thead(.tr(.td(), .forEach(["Count", "Of", "Percentage"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(report.ratios) { ratio in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(ratio.label)), .td(.text(ratio.count)), .td(.text(ratio.of)), .td(.text(ratio.percent)))
                    })))
            }
        ))
    }
}
