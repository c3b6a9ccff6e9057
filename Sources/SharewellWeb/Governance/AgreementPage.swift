import Foundation
import Plot
import SharewellCore
import SharewellStore

/// One agreement: its terms, who has approved, what may be done, and its whole history.
enum AgreementPage {
    struct Model {
        var agreement: AgreementRecord
        /// The directory's names of the parties, by code.
        var names: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let agreement = model.agreement, newest = agreement.newest
        let base = "/agreements/\(agreement.id.uuidString.lowercased())"
        return Layout.document(title: newest.terms.title, context: context, errors: model.errors, main: .group(
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text(newest.terms.title)),
            .p(.strong(.text("Status: ")), standingTag(agreement.standing, names: model.names)),
            .unwrap(agreement.inForce) { inForce in
                .group(.h2(.class("heading-m"), .text("In force: version \(inForce.number)")), terms(inForce.terms))
            },
            .if(agreement.inForce?.number != newest.number, .group(
                .h2(.class("heading-m"), .text("Version \(newest.number), awaiting approval")), terms(newest.terms))),
            approvals(newest, by: agreement.approversOfNewest.sorted()),
            .if(context.may(.manageAgreements), actions(agreement, base: base, context: context, errors: model.errors)),
            history(agreement)
        ))
    }

    /// The standing as a tag, naming the organisations it awaits by name and code.
    static func standingTag(_ standing: AgreementStanding, names: [String: String]) -> Node<HTML.BodyContext> {
        let colour = switch standing {
        case .active: "tag tag-green"
        case .suspended, .ended, .lapsed: "tag tag-red"
        case .awaitingApproval, .notYetStarted: "tag tag-grey"
        }
        return .strong(.class(colour), .text(standing.words { code in names[code].map { "\($0) (\(code))" } ?? code }))
    }

    static func terms(_ terms: AgreementTerms) -> Node<HTML.BodyContext> {
        let rows: [(String, String)] = [
            ("Purpose", terms.purpose.displayName),
            ("Parties", terms.parties.joined(separator: ", ")),
            ("Direction", terms.discloser.map { "\($0) discloses to the other parties" } ?? "Every party may disclose"),
            ("Sharing", terms.bulk ? "Bulk, pre-planned" : "Case by case"),
            ("Data items", terms.dataItems.map(\.displayName).joined(separator: "; ")),
            ("Legal bases", terms.legalBases.map(\.displayName).joined(separator: "; ")),
            ("DPIA", terms.hasDPIA ? "\(terms.dpiaReference), \(terms.dpiaDate?.description ?? "")" : "None recorded"),
            ("Retention", counted(terms.retentionMonths, "month")),
            ("Start, review, end", "\(terms.start), \(terms.review), \(terms.end)"),
        ]
        return .dl(.class("summary-list"), .forEach(rows) { row in
            .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
        })
    }

    /// Every organisation whose approval the version needs: its parties, and any party it would remove.
    private static func approvals(_ version: AgreementRecord.Version, by approvers: [String]) -> Node<HTML.BodyContext> {
        .table(.class("table"), .id("approvals"),
            .caption(.class("table-caption"), .text("Approvals of version \(version.number)")),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Party")), .th(.attribute(named: "scope", value: "col"), .text("Approved by")),
                       .th(.attribute(named: "scope", value: "col"), .text("When")))),
            .tbody(.forEach(approvers) { party in
                let approval = version.approvals[party]
                return .tr(.td(.text(party)), .td(.text(approval?.by ?? "Not yet approved")), .td(.text(approval.map { Self.time($0.at) } ?? "")))
            }))
    }

    private static func actions(_ agreement: AgreementRecord, base: String, context: PageContext, errors: [FieldError]) -> Node<HTML.BodyContext> {
        let ended: Bool = if case .ended = agreement.standing { true } else { false }
        let organisation = context.user?.organisation ?? ""
        let mayApprove = !ended && agreement.approversOfNewest.contains(organisation) && agreement.newest.approvals[organisation] == nil
        let mayChangeStanding = agreement.parties.standing.contains(organisation)
        let ours = agreement.suspendedBy.contains(organisation)
        let others = agreement.suspendedBy.subtracting([organisation]).sorted()
        return .if(!ended, .section(.ariaLabel("Actions"),
            .h2(.class("heading-m"), .text("Actions")),
            .unwrap(others.isEmpty ? nil : others) { .p(.id("suspended-by"), .text("Suspended by \($0.joined(separator: ", ")); only they can resume it.")) },
            .div(.class("button-group"),
                .if(mayApprove, .form(.method(.post), .action("\(base)/approve"), .class("inline-form"), Layout.csrfField(context),
                                      .input(.type(.hidden), .name("version"), .value(String(agreement.newest.number))),
                                      .button(.type(.submit), .class("button"), .id("approve"), .text("Approve version \(agreement.newest.number) for \(organisation)")))),
                .a(.class("button secondary-button"), .href("\(base)/edit"), .text("Revise"))),
            .if(mayChangeStanding, .form(.method(.post), .action("\(base)/change"), .attribute(named: "novalidate"), Layout.csrfField(context), Layout.pageField(base),
                TextArea(id: "reason", label: ours ? "Reason to resume" : "Reason to suspend", value: "",
                         hint: "Recorded in the agreement's history and the audit log.", error: errors.message(for: "reason")).node,
                .div(.class("button-group"),
                    .button(.type(.submit), .name("change"), .value(ours ? "resumed" : "suspended"), .class("button secondary-button"), .text(ours ? "Resume" : "Suspend")),
                    // Ending cannot be undone: it is asked on a page of its own (`EndAgreementPage`).
                    .a(.class("button warning-button"), .id("end-link"), .href("\(base)/end"), .text("End the agreement")))))))
    }

    private static func history(_ agreement: AgreementRecord) -> Node<HTML.BodyContext> {
        let lines = agreement.versions.map { (at: $0.createdAt, text: "Version \($0.number) by \($0.createdBy): \($0.changeNote)") }
            + agreement.versions.flatMap { version in version.approvals.map { (at: $0.value.at, text: "Version \(version.number) approved for \($0.key) by \($0.value.by)") } }
            + agreement.events.map { (at: $0.at, text: "\($0.kind.prefix(1).uppercased() + $0.kind.dropFirst()) by \($0.by): \($0.reason)") }
        return .table(.class("table"), .id("history"),
            .caption(.class("table-caption"), .text("History")),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("When")), .th(.attribute(named: "scope", value: "col"), .text("What")))),
            .tbody(.forEach(lines.sorted { $0.at > $1.at }) { line in .tr(.td(.class("nowrap"), .text(Self.time(line.at))), .td(.text(line.text))) }))
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        formatter.dateFormat = "d MMM yyyy HH:mm"
        return formatter.string(from: date)
    }
}
