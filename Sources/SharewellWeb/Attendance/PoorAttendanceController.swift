import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// The school's poor-attendance list, and what it has heard back (issue 6, item 3).
enum PoorAttendanceController {
    struct Query: Content { var from: DateParts?; var to: DateParts?; var below: String?; var practice: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .importAttendance)
        let query = try req.query.decode(Query.self)
        var model = PoorAttendancePage.Model(from: query.from ?? DateParts(), to: query.to ?? DateParts(), below: query.below ?? "90")
        guard query.from != nil || query.to != nil else {
            guard user.organisationKind == .school else { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
            model.sent = try await req.store.sentToPractices(for: user, at: req.now)
            return PoorAttendancePage.view(model, context: req.pageContext).response()
        }
        switch parse(query, today: CalendarDate(inEngland: req.now)) {
        case .failure(let invalid):
            model.errors = invalid.errors
            return PoorAttendancePage.view(model, context: req.pageContext).response(status: .unprocessableEntity)
        case .success(let (period, below)):
            model.list = try await schoolOnly { try await req.store.poorAttendanceList(period: period, belowPercent: below, for: user, at: req.now) }
            model.practiceNames = Dictionary(try await req.store.directory(.init(kind: .gpPractice)).map { ($0.code, $0.name) }) { a, _ in a }
            model.sent = try await req.store.sentToPractices(for: user, at: req.now)
            // After a "Send" (Post/Redirect/Get): the sending as the store recorded it, if there is one.
            if Done.what(req) == "sent", let practice = query.practice, let last = try await req.store.lastSending(to: practice, for: .attendanceLiaison, period: period, by: user) {
                model.notice = "Sent \(counted(last.people, "pupil")) to \(practice) on \(last.time) by \(last.by)."
            }
            return PoorAttendancePage.view(model, context: req.pageContext).response()
        }
    }

    @Sendable static func send(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .importAttendance)
        let form = try req.content.decode(Query.self)
        guard case .success(let (period, below)) = parse(form, today: CalendarDate(inEngland: req.now)), let practice = form.practice else { throw Abort(.badRequest, reason: "The list to send is not complete: show the list again.") }
        let result = try await schoolOnly { try await req.store.sendPoorAttendanceList(to: practice, period: period, belowPercent: below, by: user, at: req.now) }
        if case .success = result {
            let query = "from=\(period.lowerBound)&to=\(period.upperBound)&below=\(below)&practice=\(practice.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            return Done.redirect(req, to: "/attendance/poor?" + query, "sent")
        }
        var model = PoorAttendancePage.Model(from: DateParts(period.lowerBound), to: DateParts(period.upperBound), below: String(below))
        model.list = try await req.store.poorAttendanceList(period: period, belowPercent: below, for: user, at: req.now)
        model.practiceNames = Dictionary(try await req.store.directory(.init(kind: .gpPractice)).map { ($0.code, $0.name) }) { a, _ in a }
        model.sent = try await req.store.sentToPractices(for: user, at: req.now)
        switch result {
        case .success: return PoorAttendancePage.view(model, context: req.pageContext).response()
        case .failure(let refusal):
            model.errors = [.refused(refusal, field: "send-\(practice)")]
            return PoorAttendancePage.view(model, context: req.pageContext).response(status: .conflict)
        }
    }

    private static func schoolOnly<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch StoreError.notASchool { throw Abort(.forbidden, reason: StoreError.notASchool.message) }
    }

    private static func parse(_ query: Query, today: CalendarDate) -> Result<(ClosedRange<CalendarDate>, Int), InvalidRequest> {
        var (period, errors) = PeriodFields.parse(from: query.from, to: query.to, today: today)
        let below = Int((query.below ?? "").trimmingCharacters(in: .whitespaces))
        if below.map({ !(1...100).contains($0) }) ?? true { errors.append(.init(field: "below", message: "Enter a whole percentage from 1 to 100")) }
        guard errors.isEmpty, let period, let below else { return .failure(InvalidRequest(status: .unprocessableEntity, errors: errors)) }
        return .success((period, below))
    }
}
