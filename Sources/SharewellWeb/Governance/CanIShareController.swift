import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// "Can I share this?" and the decisions it records.
enum CanIShareController {
    struct Form: Content {
        var action: String?; var recipient: String?; var purpose: String?; var record: String?
        var identifiable: String?; var confidential: String?; var consent: String?
        var significantHarm: String?; var publicInterest: String?; var consentWouldEndanger: String?; var justification: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .decideSharing)
        var form = CanISharePage.Form()
        form.record = (try? req.query.get(String.self, at: "record")) ?? ""
        guard let kept = try await PendingForm.take(req) else { return CanISharePage.view(try await model(req, user, form), context: req.pageContext).response() }
        // A form kept at the decision step (a justification too long to keep) comes back at that
        // step, decision and typed text shown, not at the first question (review of issue 17, item 5).
        let keptForm = try kept.decoded(as: Form.self)
        var model = try await model(req, user, page(keptForm))
        if keptForm.action == "decide" || keptForm.action == "record" { _ = try await decisionStep(req, user, keptForm, &model); model.errors = [] }
        model.notice = PendingForm.notice(req)
        return CanISharePage.view(model, context: req.pageContext).response()
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .decideSharing)
        let form = try req.content.decode(Form.self)
        var model = try await model(req, user, page(form))
        guard let step = try await decisionStep(req, user, form, &model) else {
            return CanISharePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
        let (decided, recipient, purpose) = step
        guard form.action == "record" else { return CanISharePage.view(model, context: req.pageContext).response() }
        do {
            let id = try await req.store.recordDecision(facts: decided, recipient: recipient, purpose: purpose, personID: personID(form),
                                                        justification: form.justification ?? "", by: user, at: req.now)
            return req.redirect(to: "/decisions/\(id.uuidString.lowercased())?recorded=1", redirectType: .normal)
        } catch StoreError.invalidFields(let problems) {
            model.errors = problems.fieldErrors
            return CanISharePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    /// The decision for the facts the form gives, on `model`; `nil` with each problem in `model.errors`.
    private static func decisionStep(_ req: Request, _ user: ActingUser, _ form: Form, _ model: inout CanISharePage.Model) async throws -> (SharingFacts, String, SharingPurpose)? {
        switch facts(form, choosingFrom: model.organisations, not: user) {
        case .failure(let invalid):
            model.errors = invalid.errors
            return nil
        case .success(let (facts, recipient, purpose)):
            let agreement = try await req.store.agreementFor(.init(recipient: recipient, purpose: purpose, items: [], bulk: false, subjects: []), by: user, at: req.now)
            var decided = facts
            decided.agreement = agreement.state
            decided.dpia = agreement.dpia
            model.decision = SharingDecision.decide(decided)
            model.agreement = agreement.title
            return (decided, recipient, purpose)
        }
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .readSharingDecisions)
        return DecisionsPage.view(try await req.store.sharingDecisions(for: user), context: req.pageContext).response()
    }

    @Sendable static func showDecision(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .readSharingDecisions)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let decision = try await req.store.sharingDecision(id, for: user) else {
            throw Abort(.notFound)
        }
        let notice = (try? req.query.get(String.self, at: "recorded")) == "1" ? "The decision is recorded." : nil
        return DecisionsPage.view(decision, notice: notice, context: req.pageContext).response()
    }

    private static func model(_ req: Request, _ user: ActingUser, _ form: CanISharePage.Form) async throws -> CanISharePage.Model {
        let organisations = try await req.store.directory().filter { $0.code != user.organisationCode }.map { ($0.code, "\($0.name) (\($0.code))") }
        var name: String?
        if let id = UUID(uuidString: form.record) {
            guard let record = try await req.store.personRecord(id, for: user, at: req.now) else { throw Abort(.notFound) }
            name = "\(record.givenName) \(record.familyName), born \(record.dateOfBirth)"
        }
        return CanISharePage.Model(form: form, organisations: organisations, personName: name)
    }

    private static func personID(_ form: Form) -> UUID? { form.record.flatMap(UUID.init(uuidString:)) }

    private static func page(_ form: Form) -> CanISharePage.Form {
        .init(recipient: form.recipient ?? "", purpose: form.purpose ?? "", record: form.record ?? "", identifiable: form.identifiable ?? "",
              confidential: form.confidential ?? "", consent: form.consent ?? "", significantHarm: form.significantHarm ?? "",
              publicInterest: form.publicInterest ?? "", consentWouldEndanger: form.consentWouldEndanger ?? "", justification: form.justification ?? "")
    }

    /// The facts as the form gives them (the agreement is looked up, not asked), or each field missing.
    /// The recipient must be one of the organisations the page offers, never the user's own: a
    /// decision to share with yourself, or with a code the directory lacks, is no decision
    /// (review of issue 17, item 10; the record step also refuses both).
    private static func facts(_ form: Form, choosingFrom organisations: [(value: String, label: String)], not user: ActingUser) -> Result<(SharingFacts, String, SharingPurpose), InvalidRequest> {
        var errors: [FieldError] = []
        func yesNo(_ value: String?, _ field: String, _ question: String) -> Bool {
            guard value == "yes" || value == "no" else { errors.append(.init(field: field, message: "Answer: \(question)")); return false }
            return value == "yes"
        }
        let recipient = form.recipient ?? ""
        if recipient.isEmpty { errors.append(.init(field: "recipient", message: "Choose who you would share with")) }
        else if recipient.uppercased() == user.organisationCode.uppercased() {
            errors.append(.init(field: "recipient", message: "Choose another organisation: a decision here is for sharing outside your own organisation"))
        } else if !organisations.contains(where: { $0.value == recipient }) {
            errors.append(.init(field: "recipient", message: "Choose an organisation from the list"))
        }
        let purpose = form.purpose.flatMap(SharingPurpose.init(rawValue:))
        if purpose == nil { errors.append(.init(field: "purpose", message: "Choose what the sharing is for")) }
        let identifiable = yesNo(form.identifiable, "identifiable", "would the information identify the child or family?")
        let confidential = yesNo(form.confidential, "confidential", "is it confidential?")
        let consent = form.consent.flatMap(ConsentState.init(rawValue:))
        if consent == nil { errors.append(.init(field: "consent", message: "Choose the position on consent")) }
        let harm = yesNo(form.significantHarm, "significantHarm", "is a child at risk of significant harm?")
        let interest = yesNo(form.publicInterest, "publicInterest", "is there an overriding public interest?")
        let endanger = yesNo(form.consentWouldEndanger, "consentWouldEndanger", "would seeking consent put the child at risk?")
        guard errors.isEmpty, let purpose, let consent else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success((SharingFacts(identifiable: identifiable, bulk: false, agreement: .none, dpia: false, consent: consent, confidential: confidential,
                                      significantHarm: harm, publicInterest: interest, consentWouldEndanger: endanger), recipient, purpose))
    }
}
