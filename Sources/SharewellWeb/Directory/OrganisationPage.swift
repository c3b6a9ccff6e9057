import Plot
import SharewellCore

/// One organisation: its codes, how to reach it securely, and its safeguarding lead and deputy.
enum OrganisationPage {
    struct Model: Equatable {
        var entry: DirectoryEntry
        static let example = Model(entry: .example)
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let entry = model.entry
        return Layout.document(title: entry.name, context: context, main: .group(
            .span(.class("caption"), .text(entry.kind.displayName)),
            .h1(.class("heading-l"), .text(entry.name)),
            summary([
                (entry.kind.codeName, .text(entry.code)),
                ("Address", .group(.text(entry.addressLine), .br(), .text(entry.town), .br(), .text(entry.postcode.value))),
                ("Secure mailbox", .a(.href("mailto:\(entry.secureMailbox)"), .text(entry.secureMailbox))),
                ("Direct line", .text(entry.directPhone)),
            ] + (entry.kind.hasCatchment ? [("Catchment (postcode sectors)", .text(entry.catchment.map(\.value).joined(separator: ", ")))] : [])),
            .h2(.class("heading-m"), .text("Designated safeguarding lead")),
            lead(entry.safeguardingLead, id: "lead"),
            .unwrap(entry.deputySafeguardingLead) { .group(.h2(.class("heading-m"), .text("Deputy safeguarding lead")), lead($0, id: "deputy")) },
            .if(context.may(.manageDirectory) && context.user?.organisation == entry.code,
                .p(.a(.class("button secondary-button"), .id("edit-entry"), .href("/directory/\(entry.code)/edit"), .text("Edit this entry")))),
            .p(.a(.href("/directory"), .text("Back to the directory")))
        ))
    }

    private static func lead(_ lead: SafeguardingLead, id: String) -> Node<HTML.BodyContext> {
        .div(.id(id), summary([
            ("Name", .text(lead.name)),
            ("Role", .text(lead.jobTitle)),
            ("Secure email", .a(.href("mailto:\(lead.secureEmail)"), .text(lead.secureEmail))),
            ("Direct line", .text(lead.directPhone)),
        ]))
    }

    private static func summary(_ rows: [(String, Node<HTML.BodyContext>)]) -> Node<HTML.BodyContext> {
        .dl(.class("summary-list"), .forEach(rows) { row in
            .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), row.1))
        })
    }
}
