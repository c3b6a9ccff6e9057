import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// One family on a centre's list: its details (the view audited), and the centre's welcome contact
/// and registration, each recorded with its date.
enum BirthPage {
    struct Welcome: Content { var method: String?; var on: DateParts? }
    struct Resolve: Content { var centre: String? }
    struct Registration: Content {
        var on: DateParts?; var team: [String]?
        /// The team the form showed the parent (codes separated by spaces).
        var members: String?
        var teamConsent: Bool { team?.contains("yes") == true }
        /// The members the parent consented to, as the form showed them; `nil` without consent.
        var consentFor: [String]? { teamConsent ? (members ?? "").split(separator: " ").map(String.init) : nil }
    }

    static func path(_ id: UUID) -> String { "/births/\(id.uuidString.lowercased())" }

    private static let notFound = Abort(.notFound, reason: "There is no such family on your list (it may have been withdrawn).")
    private static let onlyCentres = Abort(.forbidden, reason: "A children's centre records its welcome and registration; the early years team sends the family on to a centre.")

    @Sendable static func show(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        guard let birth = try await req.store.receivedBirth(id, for: user, at: req.now) else { throw notFound }
        if let kept = try await PendingForm.take(req) {
            // Three forms share the page: the kept one is known by its own field.
            let welcome = kept["method"] != nil ? try kept.decoded(as: Welcome.self) : Welcome()
            let resolve = kept["centre"] != nil ? try kept.decoded(as: Resolve.self) : Resolve()
            let registration = kept["method"] == nil && kept["centre"] == nil ? try kept.decoded(as: Registration.self) : Registration()
            return try await view(birth, for: user, req, welcome: welcome, registration: registration, resolve: resolve, errors: [], notice: PendingForm.notice(req)).response()
        }
        return try await view(birth, for: user, req, errors: []).response()
    }

    @Sendable static func recordWelcome(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        let form = try req.content.decode(Welcome.self)
        var errors: [FieldError] = []
        let method = form.method.flatMap(WelcomeMethod.init(rawValue:))
        if method == nil { errors.append(.init(field: "method", message: "Choose how the family was welcomed")) }
        let day = try await afterBirth(form.on, "welcome-on", naming: "the date of the welcome contact", of: id, req, user, into: &errors)
        guard errors.isEmpty, let method, let day else { return try await invalid(req, user, id, welcome: form, errors: errors) }
        do { try await req.store.recordWelcome(method, on: day, for: id, by: user, at: req.now) } catch StoreError.unknownPerson { throw notFound } catch StoreError.notAParty {
            throw onlyCentres
        }
        return Done.redirect(req, to: "/births", "welcome")
    }

    @Sendable static func recordRegistration(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        let form = try req.content.decode(Registration.self)
        var errors: [FieldError] = []
        let day = try await afterBirth(form.on, "registered-on", naming: "the date of registration", of: id, req, user, into: &errors)
        guard errors.isEmpty, let day else { return try await invalid(req, user, id, registration: form, errors: errors) }
        let sharing: TeamSharing
        do { sharing = try await req.store.registerFamily(id, on: day, consentFor: form.consentFor, by: user, at: req.now) } catch StoreError.unknownPerson {
            throw notFound
        } catch StoreError.notAParty {
            throw onlyCentres
        } catch StoreError.invalidFields(let problems) {
            return try await invalid(req, user, id, registration: form, errors: problems.map { FieldError(field: $0.field, message: $0.message) })
        }
        guard form.teamConsent, !sharing.told.isEmpty || !sharing.notSent.isEmpty else { return Done.redirect(req, to: "/births", "registration") }
        return Done.redirect(req, to: TeamFamiliesPage.path, sharing.notSent.isEmpty ? "team-formed" : "team-partly", [("told", sharing.told.count), ("refused", sharing.notSent.count)])
    }

    /// A day the centre did something with the family: not before the baby's birth, nor after
    /// today (`BirthDates.afterBirth`); `nil` with the problem against the date's boxes.
    private static func afterBirth(_ parts: DateParts?, _ id: String, naming name: String, of birth: UUID, _ req: Request, _ user: ActingUser,
                                   into errors: inout [FieldError]) async throws -> CalendarDate? {
        guard let born = try await req.store.listedBirthDay(birth, for: user) else { throw notFound }
        switch (parts ?? DateParts()).read(within: BirthDates.afterBirth(born, today: CalendarDate(inEngland: req.now))) {
        case .success(let day): return day
        case .failure(.tooEarly):
            let subject = name.prefix(1).uppercased() + name.dropFirst()
            errors.append(.init(field: id, message: "\(subject) must be on or after the baby's birth, \(born.longDescription)"))
        case .failure(let problem): errors.append(problem.fieldError(id, naming: name))
        }
        return nil
    }

    private static func invalid(_ req: Request, _ user: ActingUser, _ id: UUID, welcome: Welcome = .init(), registration: Registration = .init(),
                                errors: [FieldError]) async throws -> Response {
        guard let birth = try await req.store.receivedBirth(id, for: user, at: req.now) else { throw notFound }
        return try await view(birth, for: user, req, welcome: welcome, registration: registration, errors: errors).response(status: .unprocessableEntity)
    }

    private static func birthID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }

    /// The page for the user's organisation: a centre's work on the family, or the early years
    /// team's choice of the centre to send a birth in no catchment on to.
    private static func view(_ birth: ReceivedBirth, for user: ActingUser, _ req: Request, welcome: Welcome = .init(), registration: Registration = .init(),
                             resolve: Resolve = .init(), errors: [FieldError], notice: String? = nil) async throws -> HTML {
        if user.organisationKind == .earlyYears {
            return resolving(birth, centres: try await req.store.birthCatchments(), chosen: resolve.centre ?? "", errors: errors, notice: notice, context: req.pageContext)
        }
        return view(birth, team: try await req.store.ownCentreTeam(of: user), welcome: welcome, registration: registration, errors: errors, notice: notice,
                    context: req.pageContext)
    }

    @Sendable static func resolve(req: Request) async throws -> Response {
        let (user, id) = (try BirthsListPage.holder(req), try birthID(req))
        guard user.organisationKind == .earlyYears else { throw Abort(.forbidden, reason: "Births in no catchment are resolved by the early years team.") }
        let form = try req.content.decode(Resolve.self)
        let centre = form.centre ?? ""
        let result: Result<Void, SharingRefusal>
        do {
            result = centre.isEmpty ? .failure(.init(.nothingToSend("Choose the children's centre to send the family to")))
                : try await req.store.resolveBirth(id, to: centre, by: user, at: req.now)
        } catch StoreError.unknownPerson { throw notFound } catch StoreError.unknownOrganisation {
            result = .failure(.init(.nothingToSend("Choose one of the children's centres listed")))
        }
        if case .failure(let refusal) = result {
            guard let birth = try await req.store.receivedBirth(id, for: user, at: req.now) else { throw notFound }
            return try await view(birth, for: user, req, resolve: form, errors: [FieldError(field: "centre", message: refusal.words)]).response(status: .unprocessableEntity)
        }
        return Done.redirect(req, to: "/births", "resolved")
    }

    static func resolving(_ birth: ReceivedBirth, centres: [ApprovedCatchment], chosen: String, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        let rows: [(String, String)] = [("Baby's date of birth", birth.babyDateOfBirth), ("Address", birth.address), ("Postcode", birth.postcode)]
        return Layout.document(title: birth.parentName, context: context, errors: errors, main: .group(
            Layout.notice(notice),
            .span(.class("caption"), .text("Birth to resolve")),
            .h1(.class("heading-l"), .text(birth.parentName)),
            .dl(.class("summary-list"), .forEach(rows) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .p(.text("This postcode is in no children's centre's catchment. Send the family to the centre that should welcome them "
                     + "(and add the sector to its catchment, so later births go there directly).")),
            .form(.method(.post), .action(path(birth.id) + "/resolve"), .attribute(named: "novalidate"),
                Layout.csrfField(context), Layout.pageField(path(birth.id)),
                SelectField(id: "centre", label: "Children's centre", options: centres.map { ($0.centreCode, "\($0.centreName) (\($0.centreCode))") },
                            selected: chosen, prompt: "Choose a centre", error: errors.message(for: "centre")).node,
                .button(.type(.submit), .class("button"), .id("resolve-birth"), .text("Send the family to the centre"))),
            .p(.a(.href("/births"), .text("Back to the list")))
        ))
    }

    static func view(_ birth: ReceivedBirth, team: [TeamMember], welcome: Welcome, registration: Registration, errors: [FieldError], notice: String? = nil,
                     context: PageContext) -> HTML {
        let rows: [(String, String)] = [("Baby's date of birth", birth.babyDateOfBirth), ("Address", birth.address), ("Postcode", birth.postcode),
                                        ("NHS number", birth.nhsNumber ?? "Not given"),
                                        ("Welcome contact", birth.welcome.map { "\($0.method.displayName), \($0.on)" } ?? "Not yet"),
                                        ("Registered with the centre", birth.registeredOn?.description ?? "Not yet")]
        return Layout.document(title: birth.parentName, context: context, errors: errors, main: .group(
            Layout.notice(notice),
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
                // A tick typed for another team (changed since, refused, or kept over a time-out) is cleared: the parent is asked again.
                teamConsent(team, ticked: registration.consentFor.map { Set($0) == Set(team.map(\.code)) } ?? false, errors: errors),
                .button(.type(.submit), .class("button"), .id("record-registration"), .text("Record the registration"))),
            .p(.a(.href("/births"), .text("Back to the list")))
        ))
    }

    /// The parent's consent to share within the centre's team around the family, naming its
    /// members; nothing to ask where the early years team has listed none.
    private static func teamConsent(_ team: [TeamMember], ticked: Bool, errors: [FieldError]) -> Node<HTML.FormContext> {
        .if(!team.isEmpty, .group(
            .input(.type(.hidden), .name("members"), .value(team.map(\.code).joined(separator: " "))),
            Choices(name: "team", legend: "Team around the family",
                    options: [("yes", "The parent consents to sharing non-sensitive development and health information about the family within the centre's team")],
                    selected: ticked ? ["yes"] : [], kind: .checkbox,
                    hint: "The team: " + team.map(\.words).joined(separator: "; ") + ". Leave unticked if the parent did not consent.",
                    error: errors.message(for: "team")).node))
    }
}
