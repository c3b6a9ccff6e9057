import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The council's side: matching a received patient list to its own people, and the review of
/// uncertain pairs, each shown beside the engine's explanation.
enum CouncilMatchingPages {
    struct Decision: Content { var decision: String? }

    static func councilUser(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard user.organisationKind == .earlyHelp else { throw AccessRefusal.organisationKind(.earlyHelp, user, work: "matching the practices' patient lists") }
        return user
    }

    /// "Match" asks for the matching as a job (it can take minutes) and leads to the job's page,
    /// which shows its progress; pressing it again leads to the same job.
    @Sendable static func match(req: Request) async throws -> Response {
        let user = try councilUser(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let job: JobTicket
        do { job = try await req.store.enqueuePatientListMatching(id, by: user, at: req.now) } catch StoreError.unknownExtract { throw Abort(.notFound) } catch StoreError.alreadyMatched {
            throw Abort(.conflict, reason: StoreError.alreadyMatched.message)
        }
        return req.redirect(to: "/jobs/\(job.id.uuidString.lowercased())", redirectType: .normal)
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try councilUser(req)
        let notice = ["linked": "Linked as the same person.", "unlinked": "Recorded as different people."][Done.what(req) ?? ""]
        return try await reviewView(req, user, notice: notice).response()
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try councilUser(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let decision = try req.content.decode(Decision.self).decision
        guard decision == "same" || decision == "different" else { throw Abort(.badRequest, reason: "Choose ‘the same person’ or ‘different people’.") }
        do { try await req.store.decideLinkReview(id, samePerson: decision == "same", by: user, at: req.now) } catch StoreError.unknownExtract { throw Abort(.notFound) }
        return Done.redirect(req, to: "/early-help/review", decision == "same" ? "linked" : "unlinked")
    }

    static func reviewView(_ req: Request, _ user: ActingUser, notice: String?) async throws -> HTML {
        let reviews = try await req.store.linkReviews(for: user, at: req.now)
        return Layout.document(title: "Pairs to review", context: req.pageContext, main: .group(
            Layout.notice(notice),
            .p(.a(.href("/early-help"), .text("Back to early help data matching"))),
            .h1(.class("heading-l"), .text("Pairs to review: \(reviews.count)")),
            .p(.text("The matching was not sure about these. Compare the practice's patient with the council's person and decide. Each line of the explanation says how much that comparison counted for or against.")),
            .forEach(Array(reviews.enumerated())) { index, r in
                .section(.class("panel"), .ariaLabel("Pair \(index + 1)"),
                    .h2(.class("heading-m"), .text("Pair \(index + 1): practice patient \(r.practicePatientID), match probability \(String(format: "%.2f", r.probability))")),
                    .table(.class("table"),
                        .caption(.class("visually-hidden"), .text("The two records side by side")),
                        .thead(.tr(.td(), .th(.attribute(named: "scope", value: "col"), .text("Practice's patient")), .th(.attribute(named: "scope", value: "col"), .text("Council's person")))),
                        .tbody(.forEach([("Name", r.practice.name, r.council.name), ("Date of birth", r.practice.dateOfBirth, r.council.dateOfBirth),
                                         ("Sex", r.practice.sex, r.council.sex), ("Address", r.practice.address, r.council.address)]) { row in
                            .tr(.th(.attribute(named: "scope", value: "row"), .text(row.0)), .td(.text(row.1)), .td(.text(row.2)))
                        })),
                    .h3(.class("heading-s"), .text("Why")),
                    .ul(.class("list"), .forEach(r.explanation) { .li(.text($0)) }),
                    .form(.method(.post), .action("/early-help/review/\(r.id.uuidString.lowercased())"), Layout.csrfField(req.pageContext),
                        .div(.class("button-group"),
                            .button(.type(.submit), .name("decision"), .value("same"), .class("button"), .id("same-\(index + 1)"), .text("The same person")),
                            .button(.type(.submit), .name("decision"), .value("different"), .class("button secondary-button"), .id("different-\(index + 1)"), .text("Different people")))))
            }
        ))
    }
}
