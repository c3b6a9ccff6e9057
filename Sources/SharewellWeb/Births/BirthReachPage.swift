import Plot
import SharewellCore

/// Reach per month of birth: families registered with the centre ÷ births in its area, to one
/// decimal. A month whose births or registrations are from 1 to 7 shows `*` for them and its reach
/// (a small count would point to a family). A minimal version until the pure `BirthReach` lands.
enum BirthReachPage {
    static func node(_ months: [(month: String, births: Int, registered: Int)], control: DisclosureControl = .init()) -> Node<HTML.BodyContext> {
        .if(!months.isEmpty, .group(
            .h2(.class("heading-m"), .text("Reach by month of birth")),
            Layout.scrolling("Reach by month of birth", .table(.class("table"), .id("reach"),
                .caption(.class("table-caption"), .text("Registered with the centre ÷ births in the area; counts from 1 to 7 shown as *")),
                .thead(.tr(.forEach(["Month of birth", "Births", "Registered", "Reach"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(months) { m in
                    let births = control.cell(m.births), registered = control.cell(m.registered)
                    return .tr(.td(.text(m.month)), .td(.text(births.description)), .td(.text(registered.description)),
                               .td(.text(births.isSuppressed || registered.isSuppressed ? "*" : reach(m.registered, of: m.births))))
                })))))
    }

    /// "37.5%", one decimal; "–" for a month with no births.
    static func reach(_ registered: Int, of births: Int) -> String {
        guard births > 0 else { return "–" }
        let tenths = (registered * 1000 + births / 2) / births
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
