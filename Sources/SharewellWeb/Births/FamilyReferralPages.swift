import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// The 14-day check's vulnerable family referral (seed 003, case studies 3 and 15): a health
/// visitor refers a family to its children's centre with the parent's permission; the centre sees
/// its referrals and records its first contact. Every view is audited.
enum FamilyReferralPages {
    static let path = "/births/referrals"
    static func path(_ id: UUID) -> String { "\(path)/\(id.uuidString.lowercased())" }

    struct Form: Content {
        var parentGivenName: String?; var parentFamilyName: String?; var address: String?; var postcode: String?
        var born: DateParts?; var reason: String?; var permission: [String]?; var permissionOn: DateParts?

        var draft: FamilyReferralDraft {
            FamilyReferralDraft(parentGivenName: parentGivenName ?? "", parentFamilyName: parentFamilyName ?? "", address: address ?? "",
                                postcode: postcode ?? "", reason: reason ?? "", permission: permission?.contains("yes") == true)
        }
    }
    struct Contact: Content { var on: DateParts? }

    private static let notFound = Abort(.notFound, reason: "There is no such referral for your organisation.")

    static func isReferrer(_ user: ActingUser) -> Bool { user.may(.decideSharing) && user.organisationKind == .healthVisiting }
    static func isReceiver(_ user: ActingUser) -> Bool { BirthsListPage.isListHolder(user) }

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard isReferrer(user) || isReceiver(user) else { throw Abort(.forbidden, reason: "Referrals are for health visitors and children's centres.") }
        let referrals = try await req.store.familyReferrals(for: user, at: req.now)
        let sending = user.organisationKind == .healthVisiting
        let notice = Done.what(req) == "referred" ? "The family is referred." : Done.what(req) == "contacted" ? "The first contact is recorded." : nil
        return Layout.document(title: "Vulnerable family referrals", context: req.pageContext, main: .group(
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("Vulnerable family referrals")),
            .if(sending, .p(.a(.href("\(path)/new"), .class("button"), .id("refer-family"), .text("Refer a family")))),
            referrals.isEmpty ? .p(.id("no-referrals"), .text(sending ? "You have referred no family yet." : "No family has been referred to you.")) :
                Layout.scrolling("Referrals", .table(.class("table"), .id("referrals"),
                    .caption(.class("table-caption"), .text(counted(referrals.count, "referral", "referrals"))),
                    .thead(.tr(.forEach(["Parent", "Baby's date of birth", "Postcode", sending ? "Sent to" : "From", "Referred on", "First contact"]) {
                        .th(.attribute(named: "scope", value: "col"), .text($0))
                    })),
                    .tbody(.forEach(referrals) { r in
                        .tr(.td(sending ? .text(r.parentName) : .a(.href(path(r.id)), .text(r.parentName))), .td(.class("nowrap"), .text(r.babyDateOfBirth)),
                            .td(.class("nowrap"), .text(r.postcode)), .td(.text(r.other)), .td(.class("nowrap"), .text(CalendarDate(inEngland: r.at).description)),
                            .td(.text(sending ? "—" : r.contactedOn?.description ?? "Not yet")))
                    })))
        )).response()
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try referrer(req)
        if let kept = try await PendingForm.take(req) {
            return form(try kept.decoded(as: Form.self), errors: [], notice: PendingForm.notice(req), context: req.pageContext).response()
        }
        return form(.init(), errors: [], context: req.pageContext).response()
    }

    @Sendable static func refer(req: Request) async throws -> Response {
        let user = try referrer(req)
        let typed = try req.content.decode(Form.self)
        let today = CalendarDate(inEngland: req.now)
        var errors: [FieldError] = []
        let born = (typed.born ?? DateParts()).read("born", naming: "the baby's date of birth", within: BirthDates(today: today).born, into: &errors)
        let permitted = (typed.permissionOn ?? DateParts()).read("permission-on", naming: "the date the parent gave permission",
                                                                 within: born.map { BirthDates.afterBirth($0, today: today) } ?? BirthDates(today: today).born, into: &errors)
        if case .failure(let invalid) = typed.draft.read() { errors += invalid.problems.map { FieldError(field: $0.field, message: $0.message) } }
        // The error summary reads down the page: a date's boxes (`born-month`) rank as the date.
        func rank(_ field: String) -> Int {
            let date = ["-day", "-month", "-year"].first(where: field.hasSuffix).map { String(field.dropLast($0.count)) } ?? field
            return FamilyReferralDraft.fields.firstIndex(of: date) ?? FamilyReferralDraft.fields.count
        }
        errors = errors.enumerated().sorted { (rank($0.element.field), $0.offset) < (rank($1.element.field), $1.offset) }.map(\.element)
        guard errors.isEmpty, let born, let permitted else { return form(typed, errors: errors, context: req.pageContext).response(status: .unprocessableEntity) }
        switch try await req.store.referFamily(typed.draft, born: born, permissionOn: permitted, by: user, at: req.now) {
        case .success: return Done.redirect(req, to: path, "referred")
        case .failure(let refusal):
            return form(typed, errors: [FieldError(field: "postcode", message: refusal.words)], context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try receiver(req)
        guard let referral = try await req.store.familyReferral(try referralID(req), for: user, at: req.now) else { throw notFound }
        return view(referral, contact: .init(), errors: [], context: req.pageContext).response()
    }

    @Sendable static func recordContact(req: Request) async throws -> Response {
        let user = try receiver(req)
        let id = try referralID(req)
        let typed = try req.content.decode(Contact.self)
        guard let arrived = try await req.store.referralArrival(id, for: user) else { throw notFound }
        let today = CalendarDate(inEngland: req.now)
        var errors: [FieldError] = []
        let day = (typed.on ?? DateParts()).read("contacted-on", naming: "the date of the first contact",
                                                within: BirthDates.afterBirth(CalendarDate(inEngland: arrived), today: today), into: &errors)
        guard let day else {
            guard let referral = try await req.store.familyReferral(id, for: user, at: req.now) else { throw notFound }
            return view(referral, contact: typed, errors: errors, context: req.pageContext).response(status: .unprocessableEntity)
        }
        do { try await req.store.recordReferralContact(id, on: day, by: user, at: req.now) } catch StoreError.unknownPerson { throw notFound }
        return Done.redirect(req, to: path, "contacted")
    }

    private static func referrer(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .decideSharing)
        guard isReferrer(user) else { throw Abort(.forbidden, reason: "A vulnerable family referral is made by a health visitor.") }
        return user
    }

    private static func receiver(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard isReceiver(user) else { throw Abort(.forbidden, reason: "Referrals are received by children's centres and the early years team.") }
        return user
    }

    private static func referralID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }

    static func form(_ typed: Form, errors: [FieldError], notice: String? = nil, context: PageContext) -> HTML {
        Layout.document(title: "Refer a vulnerable family", context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .span(.class("caption"), .text("14-day new birth visit")),
            .h1(.class("heading-l"), .text("Refer a vulnerable family to the children's centre")),
            .p(.text("The family goes to the children's centre whose catchment holds its postcode (or to the early years team where none does), "
                     + "under your team's referral agreement. Refer a family only with the parent's permission.")),
            .form(.method(.post), .action(path), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField("\(path)/new"),
                FormField(id: "parent-given-name", label: "Parent's given name", value: typed.parentGivenName ?? "", error: errors.message(for: "parent-given-name"), name: "parentGivenName").node,
                FormField(id: "parent-family-name", label: "Parent's family name", value: typed.parentFamilyName ?? "", error: errors.message(for: "parent-family-name"), name: "parentFamilyName").node,
                FormField(id: "address", label: "Address", value: typed.address ?? "", error: errors.message(for: "address"), name: "address").node,
                FormField(id: "postcode", label: "Postcode", value: typed.postcode ?? "", error: errors.message(for: "postcode"), name: "postcode").node,
                DateInput(id: "born", legend: "Baby's date of birth", parts: typed.born ?? DateParts(), errors: errors).node,
                TextArea(id: "reason", label: "Why the family is referred", value: typed.reason ?? "",
                         hint: "What the family would welcome from the centre. At most \(FamilyTeam.reasonLimit) characters.", error: errors.message(for: "reason")).node,
                Choices(name: "permission", legend: "Parent's permission", options: [("yes", "The parent gave permission to refer the family to the children's centre")],
                        selected: typed.permission?.contains("yes") == true ? ["yes"] : [], kind: .checkbox, error: errors.message(for: "permission")).node,
                DateInput(id: "permission-on", legend: "Date the parent gave permission", parts: typed.permissionOn ?? DateParts(), errors: errors, name: "permissionOn").node,
                .button(.type(.submit), .class("button"), .id("send-referral"), .text("Refer the family")))
        ))
    }

    static func view(_ referral: FamilyReferral, contact: Contact, errors: [FieldError], context: PageContext) -> HTML {
        let rows = [("Baby's date of birth", referral.babyDateOfBirth), ("Address", referral.address), ("Postcode", referral.postcode),
                    ("Referred by", referral.other), ("Why", referral.reason), ("Parent's permission given on", referral.permissionOn),
                    ("First contact", referral.contactedOn?.description ?? "Not yet")]
        return Layout.document(title: referral.parentName, context: context, errors: errors, main: .group(
            .span(.class("caption"), .text("Vulnerable family referral")),
            .h1(.class("heading-l"), .text(referral.parentName)),
            .dl(.class("summary-list"), .forEach(rows) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .form(.method(.post), .action(path(referral.id) + "/contact"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(referral.id)),
                DateInput(id: "contacted-on", legend: "Date of the first contact", parts: contact.on ?? DateParts(), errors: errors, name: "on").node,
                .button(.type(.submit), .class("button"), .id("record-contact"), .text("Record the first contact"))),
            .p(.a(.href(path), .text("Back to the referrals")))
        ))
    }
}
