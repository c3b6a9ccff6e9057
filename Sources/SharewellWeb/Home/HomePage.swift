import Plot
import SharewellCore
import SharewellStore

/// The start page: what Sharewell is for, a quick way to find a safeguarding lead, and the
/// directory's contents by kind.
enum HomePage {
    struct Model: Equatable {
        var counts: [(kind: OrganisationKind, count: Int)]
        /// For an IG lead: agreements awaiting approval or due for review.
        var reminders: [AgreementReminder] = []
        /// For an approver: accounts and tokens waiting for their approval.
        var awaitingApproval = 0
        /// What waits for the user in each pathway, with where to do it.
        var work: [WorkWaiting] = []

        static func == (a: Model, b: Model) -> Bool {
            a.counts.elementsEqual(b.counts) { $0 == $1 } && a.reminders == b.reminders && a.awaitingApproval == b.awaitingApproval && a.work == b.work
        }
        static let example = Model(counts: [(.school, 4), (.gpPractice, 3), (.childrensCentre, 2)])
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: "Sharewell", context: context, main: .group(
            .h1(.class("heading-xl"), .text("Share information about children safely, lawfully and usefully")),
            workWaiting(model.work),
            reminders(model.reminders),
            .if(model.awaitingApproval > 0, .section(.class("notification"), .id("approvals"), .ariaLabel("Access to approve"),
                .p(.a(.href("/access-approvals"), .text("\(counted(model.awaitingApproval, "account or token waits", "accounts or tokens wait")) for your approval"))))),
            .if(context.may(.readAccessLog), .p(.a(.id("access-log-lookup"), .href("/access-log"),
                                                   .text("Who has seen a record: look it up by NHS number, UPN or local reference")))),
            .p(.class("lead"), .text("Sharewell connects the schools, GP practices, council teams, health visitors, children's centres, maternity and urgent care services around a child.")),
            findLead(),
            contents(model)
        ))
    }

    private static func workWaiting(_ work: [WorkWaiting]) -> Node<HTML.BodyContext> {
        .if(!work.isEmpty, .section(.class("notification"), .id("work"), .ariaLabel("Waiting for you"),
            .h2(.class("heading-m"), .text("Waiting for you")),
            .ul(.class("list"), .forEach(work) { item in .li(.a(.href(item.path), .text(item.words))) })))
    }

    private static func reminders(_ reminders: [AgreementReminder]) -> Node<HTML.BodyContext> {
        .if(!reminders.isEmpty, .section(.class("notification"), .id("reminders"), .ariaLabel("Agreements needing your attention"),
            .h2(.class("heading-m"), .text("Agreements needing your attention")),
            .ul(.class("list"), .forEach(reminders) { reminder in
                .li(.a(.href("/agreements/\(reminder.agreementID.uuidString.lowercased())"), .text(reminder.title)), .text(": \(reminder.message)"))
            })))
    }

    private static func findLead() -> Node<HTML.BodyContext> {
        .section(.class("panel"), .ariaLabel("Find a safeguarding lead"),
            .h2(.class("heading-m"), .text("Find a safeguarding lead")),
            .form(.method(.get), .action("/directory"), .attribute(named: "role", value: "search"),
                .div(.class("form-group"),
                    .label(.for("home-q"), .class("label"), .text("Organisation name or code")),
                    .div(.id("home-q-hint"), .class("hint"), .text("For example the child's GP practice, or its ODS code such as P81001")),
                    .input(.type(.search), .id("home-q"), .name("q"), .class("input"), .describedBy("home-q-hint"))),
                .button(.type(.submit), .class("button"), .text("Search"))))
    }

    private static func contents(_ model: Model) -> Node<HTML.BodyContext> {
        .section(.ariaLabel("Directory"),
            .h2(.class("heading-m"), .text("In the directory")),
            .if(model.counts.isEmpty,
                .p(.text("The directory is empty. Start the server with --demo to load a synthetic borough.")),
                else: .ul(.class("list"), .forEach(model.counts) { item in
                    .li(.a(.href("/directory?kind=\(item.kind.rawValue)"), .text("\(item.kind.pluralName): \(item.count)")))
                })))
    }
}
