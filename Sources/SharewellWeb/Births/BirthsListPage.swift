import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// A children's centre's list of new families to contact (the early years team's: births in no
/// catchment, to resolve), with the area's counts. Seeing the names is audited.
enum BirthsListPage {
    static func isListHolder(_ user: ActingUser) -> Bool {
        user.may(.viewIdentifiableRecords) && [OrganisationKind.childrensCentre, .earlyYears].contains(user.organisationKind)
    }

    static func holder(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard isListHolder(user) else { throw Abort(.forbidden, reason: "Lists of births are for children's centres and the early years team.") }
        return user
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try holder(req)
        let list = try await req.store.birthsList(for: user, at: req.now)
        let team = user.organisationKind == .earlyYears
        let title = team ? "Births to resolve" : "New families to contact"
        return Layout.document(title: title, context: req.pageContext, main: .group(
            Layout.notice(notice(req)),
            .h1(.class("heading-l"), .text(title)),
            .p(.text(team ? "Births whose postcode is in no children's centre's catchment, sent to your team under a live-births agreement. Set the catchments so they reach a centre."
                          : "Families who consented to hear from the centre, sent by maternity and child health. Record the welcome contact and the registration on each.")),
            .p(.a(.href("/births/digest"), .text("This week's digest (printable)")), .if(team, .group(.text(" · "), .a(.href(CatchmentsPage.path), .text("Catchments"))))),
            BirthTable.node(list.births, id: "to-contact", caption: counted(list.births.count, "family", "families") + " to contact"),
            .if(list.sentOn > 0, .p(.id("sent-on"), .text("\(counted(list.sentOn, "family was", "families were")) sent on to a children's centre."))),
            withdrawn(list.withdrawn),
            totals(list.counts),
            BirthReachPage.node(list.reach)
        )).response()
    }

    private static func notice(_ req: Request) -> String? {
        switch Done.what(req) {
        case "welcome": "The welcome contact is recorded."
        case "registration": "The registration is recorded."
        case "resolved": "The family is sent to the children's centre."
        default: nil
        }
    }

    /// Withdrawn families are shown as no more than that: the centre learns nothing else.
    private static func withdrawn(_ dates: [Date]) -> Node<HTML.BodyContext> {
        .if(!dates.isEmpty, .group(
            .h2(.class("heading-m"), .text("Withdrawn")),
            .p(.id("withdrawn"), .text("\(counted(dates.count, "family was", "families were")) withdrawn from the list: do not contact them. "
                                        + "Nothing more about them is kept here.")),
            .ul(.class("list"), .forEach(dates) { .li(.text("Withdrawn on \(CalendarDate(inEngland: $0))")) })))
    }

    /// The area's counts beside the list, each shown only where it cannot be set against the list
    /// to count the families the centre may not contact (`AreaTotals`).
    static func totals(_ counts: BirthAreaCounts, control: DisclosureControl = .init()) -> Node<HTML.BodyContext> {
        let shown = AreaTotals(births: counts.births, consented: counts.consented, toContact: counts.toContact, control: control)
        let rows = [("Births in the area", shown.births.description), ("Consented to hear from the centre", shown.consented.description),
                    ("To contact", String(shown.toContact))]
        return .group(
            .h2(.class("heading-m"), .text("Your area")),
            .dl(.class("summary-list"), .id("area-totals"), .forEach(rows) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .p(.class("hint"), .text("A count is shown as * where it, or what it adds to your list, is from 1 to 7: so no count points to a family you may not contact.")))
    }
}

/// The families on a list as a table, each linking to its page.
enum BirthTable {
    static func node(_ births: [ReceivedBirth], id: String, caption: String, links: Bool = true) -> Node<HTML.BodyContext> {
        Layout.scrolling(caption, .table(.class("table"), .id(id),
            .caption(.class("table-caption"), .text(caption)),
            .thead(.tr(.forEach(["Parent", "Baby's date of birth", "Address", "Postcode", "Welcome contact", "Registered"]) {
                .th(.attribute(named: "scope", value: "col"), .text($0))
            })),
            .tbody(.forEach(births) { b in
                .tr(.td(links ? .a(.href(BirthPage.path(b.id)), .text(b.parentName)) : .text(b.parentName)),
                    .td(.class("nowrap"), .text(b.babyDateOfBirth)), .td(.text(b.address)), .td(.class("nowrap"), .text(b.postcode)),
                    .td(.text(b.welcome.map { "\($0.method.displayName), \($0.on)" } ?? "Not yet")),
                    .td(.text(b.registeredOn?.description ?? "Not yet")))
            })))
    }
}
