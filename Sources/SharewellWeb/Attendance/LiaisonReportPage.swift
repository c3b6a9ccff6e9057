import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Re-measure and report (issue 6, item 7): a round of the liaison, attendance over a later
/// period, and seed 000's tables. Counts shown outside the practice are suppressed.
enum LiaisonReportPage {
    struct Query: Content { var school: String?; var practice: String?; var from: String?; var to: String?; var laterFrom: String?; var laterTo: String? }

    struct Model {
        var rounds: [LiaisonRound] = []
        var query = Query()
        var report: LiaisonReport.Published?
        var suppressed = false
        var errors: [FieldError] = []
    }

    static func link(_ round: LiaisonRound) -> String {
        "/attendance/report?school=\(round.schoolCode)&practice=\(round.practiceCode)&from=\(round.periodFrom)&to=\(round.periodTo)"
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        var model = Model(rounds: try await req.store.liaisonRounds(for: user).map(\.round), query: try req.query.decode(Query.self))
        let q = model.query
        guard let school = q.school, let practice = q.practice, let from = q.from, let to = q.to else {
            return view(model, context: req.pageContext).response()
        }
        let round = LiaisonRound(schoolCode: school, practiceCode: practice, periodFrom: from, periodTo: to)
        guard model.rounds.contains(round) else { throw Abort(.notFound, reason: "There is no such list between your organisation and another.") }
        guard q.laterFrom != nil || q.laterTo != nil else { return view(model, context: req.pageContext).response() }
        let laterFrom = CalendarDate(iso: (q.laterFrom ?? "").trimmingCharacters(in: .whitespaces))
        let laterTo = CalendarDate(iso: (q.laterTo ?? "").trimmingCharacters(in: .whitespaces))
        if laterFrom == nil { model.errors.append(.init(field: "laterFrom", message: "Enter the first day of the later period as a real date, like 2026-01-05")) }
        if laterTo == nil { model.errors.append(.init(field: "laterTo", message: "Enter the last day of the later period as a real date, like 2026-03-27")) }
        if let laterFrom, let laterTo, laterFrom > laterTo { model.errors.append(.init(field: "laterTo", message: "The last day must be on or after the first")) }
        if let laterFrom, let laterTo, laterFrom <= laterTo, laterFrom.distance(to: laterTo) >= PeriodFields.maximumDays {
            model.errors.append(.init(field: "laterTo", message: "Choose a later period of at most three years"))
        }
        guard model.errors.isEmpty, let laterFrom, let laterTo else { return view(model, context: req.pageContext).response(status: .unprocessableEntity) }
        do {
            model.report = try await req.store.liaisonReport(round, later: laterFrom...laterTo, for: user, at: req.now)
            model.suppressed = user.organisationCode != practice
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
            return view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        return view(model, context: req.pageContext).response()
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let q = model.query
        return Layout.document(title: "Attendance liaison report", context: context, errors: model.errors, main: .group(
            .h1(.class("heading-l"), .text("Attendance liaison report")),
            .p(.text("Choose a list, then a later period to re-measure the same pupils' attendance.")),
            model.rounds.isEmpty ? .p(.text("There are no lists yet.")) : .ul(.class("list"), .forEach(model.rounds) { round in
                .li(.a(.href(link(round)), .text("\(round.schoolCode)'s list to \(round.practiceCode), \(round.periodFrom) to \(round.periodTo)")))
            }),
            .if(q.school != nil && q.from != nil, .form(.method(.get), .action("/attendance/report"), .attribute(named: "novalidate"),
                .forEach([("school", q.school), ("practice", q.practice), ("from", q.from), ("to", q.to)]) { name, value in
                    .input(.type(.hidden), .name(name), .value((value ?? "")))
                },
                .h2(.class("heading-m"), .text("\(q.school ?? "")'s list to \(q.practice ?? ""), \(q.from ?? "") to \(q.to ?? "")")),
                FormField(id: "laterFrom", label: "Later period: first day", value: q.laterFrom ?? "", error: model.errors.message(for: "laterFrom"), autocomplete: "off").node,
                FormField(id: "laterTo", label: "Later period: last day", value: q.laterTo ?? "", error: model.errors.message(for: "laterTo"), autocomplete: "off").node,
                .button(.type(.submit), .class("button"), .text("Re-measure and report")))),
            .unwrap(model.report?.withheldBelow) { smallest in
                .p(.id("withheld"), .class("inset-text"), .text("Fewer than \(smallest) pupils: figures withheld. So that no pupil's family can be recognised, counts about a round leave the practice only when it has at least \(smallest) pupils."))
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
