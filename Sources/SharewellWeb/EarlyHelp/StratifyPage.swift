import Foundation
import Plot
import SharewellCore
import SharewellStore
import Stratify
import Vapor

/// The analyst's run in the secure box (issue 8, items 5–6): the threshold sweep as a table and a
/// bar chart, so a manager picks the threshold that fits capacity, and the lists by pseudonym.
/// The run is a job (issue 15); its result has an address of its own, so reloading it runs nothing.
enum StratifyPage {
    /// The form, filled from the address (a bookmark of earlier choices) or a form kept over a time-out.
    @Sendable static func show(req: Request) async throws -> Response {
        _ = try analyst(req)
        if let kept = try await PendingForm.take(req) {
            return view(try kept.decoded(as: ChoiceFields.self), nil, errors: [], context: req.pageContext, today: CalendarDate(inEngland: req.now), notice: PendingForm.notice(req)).response()
        }
        return view(try req.query.decode(ChoiceFields.self), nil, errors: [], context: req.pageContext, today: CalendarDate(inEngland: req.now)).response()
    }

    /// "Run" asks for the run as a job (a borough's data takes a while): a short run answers at
    /// once with its result; a long one leads to the job's page, which leads to the result.
    @Sendable static func run(req: Request) async throws -> Response {
        let user = try analyst(req)
        let fields = try req.content.decode(ChoiceFields.self), today = CalendarDate(inEngland: req.now)
        switch fields.parse(today: today) {
        case .failure(let invalid):
            return view(fields, nil, errors: invalid.errors, context: req.pageContext, today: today).response(status: invalid.status)
        case .success(let choice):
            let ticket = try await req.store.enqueueStratification(choice, by: user, at: req.now)
            guard let job = try await req.finished(ticket, for: user), job.state == .succeeded else { return req.redirect(toJob: ticket.id) }
            return req.redirect(to: runPath(job.id), redirectType: .normal)
        }
    }

    /// A run's result, for the council's analysts; a run not finished yet is shown on its job's page.
    @Sendable static func result(req: Request) async throws -> Response {
        let user = try analyst(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let job = try await req.store.jobQueue.job(id, for: user), job.kind == StratificationJob.name else { throw Abort(.notFound) }
        guard let run = try await req.store.stratificationRun(id, for: user) else { return req.redirect(toJob: id) }
        return view(ChoiceFields(run.choice), run, errors: [], context: req.pageContext, today: CalendarDate(inEngland: req.now)).response()
    }

    static func runPath(_ id: UUID) -> String { "/early-help/stratify/runs/\(id.uuidString.lowercased())" }

    private static func analyst(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewPseudonymisedData)
        guard user.organisationKind == .earlyHelp else { throw AccessRefusal.organisationKind(.earlyHelp, user, work: "stratification") }
        return user
    }

    static func view(_ fields: ChoiceFields, _ run: EarlyHelpStratification?, errors: [FieldError], context: PageContext, today: CalendarDate, notice: String? = nil) -> HTML {
        Layout.document(title: "Stratification", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Stratification")),
            .p(.text("Distinct indicator codes per person and per household over the window, from the council's datasets and the practices' demand codes. People are shown by pseudonym only.")),
            .form(.method(.post), .action("/early-help/stratify"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("/early-help/stratify"), fields.nodes(errors, today: today),
                .button(.type(.submit), .class("button"), .id("run-stratification"), .text("Run"))),
            .unwrap(run) { run in .group(
                .p(.id("events"), .text("\(counted(run.events, "indicator event")) counted, \(run.demandCodes) of them practices' demand codes.")),
                sweep(run),
                ranked("People with at least \(counted(run.choice.minFlags, "code"))", "people", run.people),
                ranked("Households with at least \(counted(run.choice.minFlags, "code"))", "households", run.households),
                .table(.class("table"), .id("held-out"),
                    .caption(.class("table-caption"), .text("Held out for review: \(counted(run.heldOut.count, "address", "addresses"))")),
                    .thead(.tr(.forEach(["Household", "People", "Why"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(run.heldOut) { .tr(.td(.text($0.id)), .td(.text(String($0.members))), .td(.text($0.reason))) })))
            }
        ))
    }

    /// The sweep as a table whose last column draws each count as a bar (numbers stay in the text).
    static func sweep(_ run: EarlyHelpStratification) -> Node<HTML.BodyContext> {
        let most = max(1, run.sweep.map { max($0.persons, $0.households) }.max() ?? 1)
        func bar(_ n: Int, _ colour: String) -> Node<HTML.BodyContext> {
            .element(named: "svg", nodes: [.attribute(named: "width", value: "200"), .attribute(named: "height", value: "12"),
                                            .attribute(named: "aria-hidden", value: "true"), .attribute(named: "focusable", value: "false"),
                                            .element(named: "rect", nodes: [.attribute(named: "width", value: String(max(1, 200 * n / most))),
                                                                            .attribute(named: "height", value: "12"), .attribute(named: "fill", value: colour)])])
        }
        return Layout.scrolling("People and households at each threshold", .table(.class("table"), .id("sweep"),
            .caption(.class("table-caption"), .text("How many qualify at each threshold")),
            .thead(.tr(.forEach(["At least", "People", "Households", "People (bar)", "Households (bar)"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
            .tbody(.forEach(run.sweep) { row in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(counted(row.minFlags, "code"))), .td(.text(String(row.persons))), .td(.text(String(row.households))),
                    .td(bar(row.persons, "#1d70b8")), .td(bar(row.households, "#505a5f")))
            })))
    }

    static func ranked(_ caption: String, _ id: String, _ rows: [Stratification.Ranked]) -> Node<HTML.BodyContext> {
        .table(.class("table"), .id(id),
            .caption(.class("table-caption"), .text("\(caption): \(rows.count)")),
            .thead(.tr(.forEach(["Pseudonym", "Codes", "Health", "Non-health"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
            .tbody(.forEach(rows) { .tr(.td(.text($0.id)), .td(.text(String($0.flags))), .td(.text(String($0.healthFlags))), .td(.text(String($0.nonHealthFlags)))) }))
    }
}
