import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// The school's poor-attendance list and the practice's inbox (issue 6, items 3 and 4's start).
enum PoorAttendanceController {
    struct Query: Content { var from: String?; var to: String?; var below: String?; var practice: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .importAttendance)
        let query = try req.query.decode(Query.self)
        var model = PoorAttendancePage.Model(from: query.from ?? "", to: query.to ?? "", below: query.below ?? "90")
        guard query.from != nil || query.to != nil else {
            guard user.organisationKind == .school else { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
            return PoorAttendancePage.view(model, context: req.pageContext).response()
        }
        switch parse(query) {
        case .failure(let invalid):
            model.errors = invalid.errors
            return PoorAttendancePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        case .success(let (period, below)):
            model.list = try await schoolOnly { try await req.store.poorAttendanceList(period: period, belowPercent: below, for: user, at: req.now) }
            model.practiceNames = Dictionary(try await req.store.directory(.init(kind: .gpPractice)).map { ($0.code, $0.name) }) { a, _ in a }
            return PoorAttendancePage.view(model, context: req.pageContext).response()
        }
    }

    @Sendable static func send(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .importAttendance)
        let form = try req.content.decode(Query.self)
        guard case .success(let (period, below)) = parse(form), let practice = form.practice else { throw Abort(.badRequest, reason: "The list to send is not complete: show the list again.") }
        let result = try await schoolOnly { try await req.store.sendPoorAttendanceList(to: practice, period: period, belowPercent: below, by: user, at: req.now) }
        var model = PoorAttendancePage.Model(from: period.lowerBound.description, to: period.upperBound.description, below: String(below))
        model.list = try await req.store.poorAttendanceList(period: period, belowPercent: below, for: user, at: req.now)
        model.practiceNames = Dictionary(try await req.store.directory(.init(kind: .gpPractice)).map { ($0.code, $0.name) }) { a, _ in a }
        switch result {
        case .success(let grant):
            model.notice = "Sent \(grant.people.count) pupils to \(practice) under ‘\(grant.agreementTitle)’."
                + (grant.excluded.isEmpty ? "" : " \(grant.excluded.count) were left out because they opted out or withdrew consent.")
            return PoorAttendancePage.view(model, context: req.pageContext).response()
        case .failure(let refusal):
            model.errors = [.init(field: "send-\(practice)", message: "Not sent to \(practice): \(refusal.reason)")]
            return PoorAttendancePage.view(model, context: req.pageContext).response(status: .conflict)
        }
    }

    @Sendable static func inbox(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard user.organisationKind == .gpPractice else { throw Abort(.forbidden, reason: "The attendance inbox is for GP practices.") }
        return AttendanceInboxPage.view(try await req.store.attendanceInbox(for: user, at: req.now), context: req.pageContext).response()
    }

    struct ReviewForm: Content { var medicalReason: String?; var category: String?; var internalNotes: String?; var familyContacted: String? }

    @Sendable static func showReview(req: Request) async throws -> Response {
        let (_, referral) = try await referral(req)
        var model = AttendanceReviewPage.Model(referral: referral)
        if let review = referral.review {
            model.medicalReason = review.medicalReason.rawValue; model.category = review.category?.rawValue ?? ""
            model.internalNotes = review.internalNotes; model.familyContacted = review.familyContacted ? "yes" : "no"
        }
        if let kept = try await PendingForm.take(req) { fill(&model, try kept.decoded(as: ReviewForm.self)) }
        return AttendanceReviewPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func saveReview(req: Request) async throws -> Response {
        let (user, referral) = try await referral(req)
        let form = try req.content.decode(ReviewForm.self)
        var model = AttendanceReviewPage.Model(referral: referral)
        fill(&model, form)
        var errors: [FieldError] = []
        let reason = form.medicalReason.flatMap(AttendanceReview.MedicalReason.init(rawValue:))
        if reason == nil { errors.append(.init(field: "medicalReason", message: "Answer: is there a medical reason?")) }
        if form.familyContacted != "yes", form.familyContacted != "no" { errors.append(.init(field: "familyContacted", message: "Answer: has the family been contacted?")) }
        if let reason {
            let review = AttendanceReview(medicalReason: reason, category: form.category.flatMap(AttendanceReview.Category.init(rawValue:)),
                                          internalNotes: form.internalNotes ?? "", familyContacted: form.familyContacted == "yes")
            errors += review.problems.fieldErrors
            if errors.isEmpty {
                try await req.store.reviewReferral(referral.id, review, by: user, at: req.now)
                return req.redirect(to: "/inbox/attendance", redirectType: .normal)
            }
        }
        model.errors = errors
        return AttendanceReviewPage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
    }

    private static func fill(_ model: inout AttendanceReviewPage.Model, _ form: ReviewForm) {
        model.medicalReason = form.medicalReason ?? ""; model.category = form.category ?? ""
        model.internalNotes = form.internalNotes ?? ""; model.familyContacted = form.familyContacted ?? ""
    }

    private static func referral(_ req: Request) async throws -> (ActingUser, AttendanceReferral) {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let referral = try await req.store.referral(id, for: user, at: req.now) else { throw Abort(.notFound) }
        return (user, referral)
    }

    private static func schoolOnly<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch StoreError.notASchool { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
    }

    private static func parse(_ query: Query) -> Result<(ClosedRange<CalendarDate>, Int), InvalidRequest> {
        var errors: [FieldError] = []
        let from = CalendarDate(iso: (query.from ?? "").trimmingCharacters(in: .whitespaces))
        if from == nil { errors.append(.init(field: "from", message: "Enter the first day as a real date, like 2025-09-01")) }
        let to = CalendarDate(iso: (query.to ?? "").trimmingCharacters(in: .whitespaces))
        if to == nil { errors.append(.init(field: "to", message: "Enter the last day as a real date, like 2025-12-19")) }
        if let from, let to, from > to { errors.append(.init(field: "to", message: "The last day must be on or after the first")) }
        let below = Int((query.below ?? "").trimmingCharacters(in: .whitespaces))
        if below.map({ !(1...100).contains($0) }) ?? true { errors.append(.init(field: "below", message: "Enter a whole percentage from 1 to 100")) }
        guard errors.isEmpty, let from, let to, let below else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success((from...to, below))
    }
}
