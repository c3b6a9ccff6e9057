import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// One family on a centre's list: its details (the view audited), and the centre's welcome contact
/// and registration, each recorded with its date.
enum BirthPage {
    struct Welcome: Content { var method: String?; var on: DateParts? }
    struct Registration: Content { var on: DateParts? }

    static func path(_ id: UUID) -> String { "/births/\(id.uuidString.lowercased())" }

    private static let notFound = Abort(.notFound, reason: "There is no such family on your list (it may have been withdrawn).")

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        guard let birth = try await req.store.receivedBirth(id, for: user, at: req.now) else { throw notFound }
        return view(birth, welcome: .init(), registration: .init(), errors: [], context: req.pageContext).response()
    }

    @Sendable static func recordWelcome(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        let form = try req.content.decode(Welcome.self)
        var errors: [FieldError] = []
        let method = form.method.flatMap(WelcomeMethod.init(rawValue:))
        if method == nil { errors.append(.init(field: "method", message: "Choose how the family was welcomed")) }
        // A welcome follows a birth the centre still holds: within the last two years, not ahead.
        let day = (form.on ?? DateParts()).read("welcome-on", naming: "the date of the welcome contact", within: .past(years: 2, today: CalendarDate(inEngland: req.now)), into: &errors)
        guard errors.isEmpty, let method, let day else { return try await invalid(req, user, id, welcome: form, errors: errors) }
        do { try await req.store.recordWelcome(method, on: day, for: id, by: user, at: req.now) } catch StoreError.unknownPerson { throw notFound }
        return Done.redirect(req, to: "/births", "welcome")
    }

    @Sendable static func recordRegistration(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        let form = try req.content.decode(Registration.self)
        var errors: [FieldError] = []
        let day = (form.on ?? DateParts()).read("registered-on", naming: "the date of registration", within: .past(years: 2, today: CalendarDate(inEngland: req.now)), into: &errors)
        guard errors.isEmpty, let day else { return try await invalid(req, user, id, registration: form, errors: errors) }
        do { try await req.store.recordRegistration(on: day, for: id, by: user, at: req.now) } catch StoreError.unknownPerson { throw notFound }
        return Done.redirect(req, to: "/births", "registration")
    }

    private static func invalid(_ req: Request, _ user: ActingUser, _ id: UUID, welcome: Welcome = .init(), registration: Registration = .init(),
                                errors: [FieldError]) async throws -> Response {
        guard let birth = try await req.store.receivedBirth(id, for: user, at: req.now) else { throw notFound }
        return view(birth, welcome: welcome, registration: registration, errors: errors, context: req.pageContext).response(status: .unprocessableEntity)
    }

    private static func birthID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }

    static func view(_ birth: ReceivedBirth, welcome: Welcome, registration: Registration, errors: [FieldError], context: PageContext) -> HTML {
        let rows: [(String, String)] = [("Baby's date of birth", birth.babyDateOfBirth), ("Address", birth.address), ("Postcode", birth.postcode),
                                        ("NHS number", birth.nhsNumber ?? "Not given"),
                                        ("Welcome contact", birth.welcome.map { "\($0.method.displayName), \($0.on)" } ?? "Not yet"),
                                        ("Registered with the centre", birth.registeredOn?.description ?? "Not yet")]
        return Layout.document(title: birth.parentName, context: context, errors: errors, main: .group(
            .span(.class("caption"), .text("New family")),
            .h1(.class("heading-l"), .text(birth.parentName)),
            .dl(.class("summary-list"), .forEach(rows) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .h2(.class("heading-m"), .text("Welcome contact")),
            .form(.method(.post), .action(path(birth.id) + "/welcome"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(birth.id)),
                Choices(name: "method", legend: "How was the family welcomed?", options: WelcomeMethod.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [welcome.method ?? ""], error: errors.message(for: "method")).node,
                DateInput(id: "welcome-on", legend: "Date of the welcome contact", parts: welcome.on ?? DateParts(), errors: errors, name: "on").node,
                .button(.type(.submit), .class("button"), .id("record-welcome"), .text("Record the welcome contact"))),
            .h2(.class("heading-m"), .text("Registration")),
            .form(.method(.post), .action(path(birth.id) + "/registration"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(birth.id)),
                DateInput(id: "registered-on", legend: "Date the family registered with the centre", parts: registration.on ?? DateParts(), errors: errors, name: "on").node,
                .button(.type(.submit), .class("button"), .id("record-registration"), .text("Record the registration"))),
            .p(.a(.href("/births"), .text("Back to the list")))
        ))
    }
}
