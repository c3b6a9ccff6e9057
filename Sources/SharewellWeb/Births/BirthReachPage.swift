import Plot
import SharewellCore

/// Reach per month of birth: families registered with the centre ÷ births in its area. The rows
/// are `BirthReach`'s, which alone decides each count and reach and what is shown as `*`; this
/// page only writes them out.
enum BirthReachPage {
    static func node(_ months: [BirthReach.Row]) -> Node<HTML.BodyContext> {
        .if(!months.isEmpty, .group(
            .h2(.class("heading-m"), .text("Reach by month of birth")),
            Layout.scrolling("Reach by month of birth", .table(.class("table"), .id("reach"),
                .caption(.class("table-caption"), .text("Registered with the centre ÷ births in the area; a count from 1 to 7, or one that would reveal such a count, shown as *")),
                .thead(.tr(.forEach(["Month of birth", "Births", "Registered", "Reach"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(months) { row in
                    .tr(.td(.text(row.month.description)), .td(.text(row.births.description)), .td(.text(row.registered.description)),
                        .td(.text(row.reach.description)))
                })))))
    }
}
