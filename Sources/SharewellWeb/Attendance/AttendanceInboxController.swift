import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// The practice's inbox and its review of each pupil (issue 6, item 4). Everything here stays in
/// the practice; the school is told only "reviewed, family contacted", by the store, through the gate.
enum AttendanceInboxController {
    @Sendable static func inbox(req: Request) async throws -> Response {
        let user = try practiceUser(req)
        let referrals = try await req.store.attendanceInbox(for: user, at: req.now)
        return AttendanceInboxPage.view(referrals, rounds: try await req.store.liaisonRounds(for: user).map(\.round), notice: ParentLetterPages.sentNotice(req),
                                        context: req.pageContext).response()
    }

    struct ReviewForm: Content {
        var medicalReason: String?; var category: String?; var concerns: [String]?; var internalNotes: String?
        var familyContacted: String?; var finalMedicalReason: String?
    }

    @Sendable static func showReview(req: Request) async throws -> Response {
        let (_, referral) = try await referral(req)
        var model = AttendanceReviewPage.Model(referral: referral)
        model.call.day = DateParts(CalendarDate(inEngland: req.now))
        // A form sent after a time-out comes back filled in: the review or a call, whichever it was.
        if let kept = try await PendingForm.take(req) {
            let call = try kept.decoded(as: FollowUpCallPage.Form.self)
            if call.outcome != nil || call.day != nil {
                model.call = .init(day: call.day ?? DateParts(), outcome: call.outcome ?? "", letterArrived: call.letterArrived ?? "", feedback: call.feedback ?? "")
            } else {
                model.fill(try kept.decoded(as: ReviewForm.self))
            }
            model.notice = PendingForm.notice(req)
        }
        // After a save (Post/Redirect/Get): what was saved, and whether the school was told.
        if let saved = ["review": "Review saved.", "call": "Call recorded."][Done.what(req) ?? ""] {
            model.notice = [saved, SchoolUpdate.words(code: Done.count(req, "school"), school: referral.schoolName)].compactMap { $0 }.joined(separator: " ")
        }
        return AttendanceReviewPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func saveReview(req: Request) async throws -> Response {
        let (user, referral) = try await referral(req)
        let form = try req.content.decode(ReviewForm.self)
        var model = AttendanceReviewPage.Model(referral: referral)
        model.fill(form)
        var errors: [FieldError] = []
        let reason = form.medicalReason.flatMap(AttendanceReview.MedicalReason.init(rawValue:))
        if reason == nil { errors.append(.init(field: "medicalReason", message: "Answer: is there a medical reason?")) }
        if form.familyContacted != "yes", form.familyContacted != "no" { errors.append(.init(field: "familyContacted", message: "Answer: has the family been contacted?")) }
        let notYet = [nil, "", "not-yet"].contains(form.finalMedicalReason)
        let final = notYet ? nil : form.finalMedicalReason.flatMap(AttendanceReview.MedicalReason.init(rawValue:))
        if final == nil, !notYet { errors.append(.init(field: "finalMedicalReason", message: "Choose a medical reason after the final review, or leave it as not yet")) }
        let concerns = (form.concerns ?? []).map { ($0, AttendanceReview.FamilyConcern(rawValue: $0)) }
        if let unknown = concerns.first(where: { $0.1 == nil }) { errors.append(.init(field: "concerns", message: "‘\(unknown.0)’ is not one of the concerns listed")) }
        if let reason {
            let review = AttendanceReview(medicalReason: reason, category: form.category.flatMap(AttendanceReview.Category.init(rawValue:)),
                                          concerns: Set(concerns.compactMap(\.1)), internalNotes: form.internalNotes ?? "", familyContacted: form.familyContacted == "yes")
            errors += review.problems.fieldErrors
            if errors.isEmpty {
                let update = try await req.store.reviewReferral(referral.id, review, finalMedicalReason: final, by: user, at: req.now)
                return Done.redirect(req, to: "/inbox/attendance/\(referral.id.uuidString.lowercased())", "review", [("school", update.code)])
            }
        }
        model.errors = errors
        return AttendanceReviewPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
    }

    static func referral(_ req: Request) async throws -> (ActingUser, AttendanceReferral) {
        let user = try practiceUser(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let referral = try await req.store.referral(id, for: user, at: req.now) else { throw Abort(.notFound) }
        return (user, referral)
    }

    static func practiceUser(_ req: Request) throws -> ActingUser {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard user.organisationKind == .gpPractice else { throw AccessRefusal.organisationKind(.gpPractice, user, work: "the attendance inbox") }
        return user
    }
}

extension SchoolUpdate {
    /// The update as a number for the address after a redirect: 0 not yet, 1 told, 2 refused.
    var code: Int {
        switch self {
        case .notYet: 0
        case .told: 1
        case .refused: 2
        }
    }

    /// What the practice is told about the school's one answer, read back from its code.
    static func words(code: Int, school: String) -> String? {
        switch code {
        case 1: "\(school) has been told: reviewed, family contacted. Nothing else was sent."
        case 2: "The school has not been told that the family was contacted: no active agreement lets the practice tell it. Ask your information governance lead."
        default: nil
        }
    }
}
