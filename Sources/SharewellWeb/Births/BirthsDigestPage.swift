import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The weekly digest: the families listed in the seven days up to today, as a page that prints as
/// the list a centre's outreach worker takes out.
enum BirthsDigestPage {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try BirthsListPage.holder(req)
        let births = try await req.store.birthsDigest(for: user, at: req.now)
        let today = CalendarDate(inEngland: req.now)
        let title = "New families this week"
        let code = user.organisationCode
        // Named as the directory names it, the code beside it, as the rest of the app does.
        let centre = try await req.store.organisationNames([code])[code].map { "\($0) (\(code))" } ?? code
        return Layout.document(title: title, context: req.pageContext, main: .group(
            .p(.class("no-print"), .a(.href("/births"), .text("Back to the list"))),
            .h1(.class("heading-l"), .text(title)),
            .p(.id("digest-of"), .text("Families listed from \(today.advanced(by: -7)) to \(today), \(centre). Print this page for the week's contacts; "
                     + "a family withdrawn since is not on it.")),
            .if(births.isEmpty, .p(.id("digest-empty"), .text("No new families were listed this week.")),
                else: BirthTable.node(births, id: "digest", caption: counted(births.count, "family", "families") + " listed this week", links: false))
        )).response()
    }
}
