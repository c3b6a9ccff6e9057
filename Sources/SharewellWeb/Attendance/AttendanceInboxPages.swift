import Foundation
import Plot
import SharewellCore
import SharewellStore

/// A practice's received attendance lists, with where each pupil has got to.
enum AttendanceInboxPage {
    static func view(_ referrals: [AttendanceReferral], rounds: [LiaisonRound], notice: String? = nil, context: PageContext) -> HTML {
        let unsent = referrals.filter { $0.review != nil && $0.letterSentAt == nil }
        return Layout.document(title: "Attendance inbox", context: context, main: .group(
            .h1(.class("heading-l"), .text("Attendance inbox")),
            Layout.notice(notice),
            .p(.text("Pupils whose schools shared their attendance under an agreement. The school sees nothing of your review; it is told only when you have reviewed a pupil and contacted the family.")),
            .ul(.class("list"),
                .li(.a(.href("/inbox/attendance/letters"), .text("Print the letters not yet sent (\(unsent.count))"))),
                .li(.a(.href("/inbox/attendance/letter-template"), .text("Edit the letter to parents")))),
            Layout.scrolling("Pupils in the attendance inbox", .table(.class("table"), .id("inbox"),
                .caption(.class("table-caption"), .text(counted(referrals.count, "pupil"))),
                .thead(.tr(.forEach(["Name", "Date of birth", "Attendance", "Period", "School", "Review", "Letter", "Calls", "School told"]) {
                    .th(.attribute(named: "scope", value: "col"), .text($0))
                })),
                .tbody(.forEach(referrals) { r in
                    .tr(.td(.a(.href("/inbox/attendance/\(r.id.uuidString.lowercased())"), .text(r.name))), .td(.class("nowrap"), .text(r.dateOfBirth)),
                        .td(.text("\(r.attendancePercent)%")), .td(.class("nowrap"), .text(r.period)), .td(.text(r.schoolName)),
                        .td(.text(r.review.map { "Medical reason: \($0.medicalReason.displayName.lowercased())" } ?? "Not yet reviewed")),
                        .td(.text(r.letterSentAt.map { "Sent \(CalendarDate(inEngland: $0))" } ?? "Not sent")),
                        .td(.text("\(r.calls.count) of \(FollowUpCall.maximumAttempts)")),
                        .td(.text(r.schoolToldAt.map { "Yes, \(CalendarDate(inEngland: $0))" } ?? "No")))
                }))),
            .h2(.class("heading-m"), .text("Reports")),
            rounds.isEmpty ? .p(.text("No lists received yet.")) : .ul(.class("list"), .forEach(rounds) { round in
                .li(.a(.href(LiaisonReportPage.link(round)), .text("Report on \(round.schoolCode)'s list for \(round.periodFrom) to \(round.periodTo)")))
            })
        ))
    }
}

/// The practice's review of one pupil, its letter and its calls: practice-internal, never sent to the school.
enum AttendanceReviewPage {
    struct Model {
        var referral: AttendanceReferral
        var medicalReason = "", category = "", internalNotes = "", familyContacted = "", finalMedicalReason = ""
        var concerns: Set<String> = []
        var call = FollowUpCallPage.Fields()
        var errors: [FieldError] = []
        var notice: String?

        init(referral: AttendanceReferral) {
            self.referral = referral
            if let review = referral.review {
                medicalReason = review.medicalReason.rawValue; category = review.category?.rawValue ?? ""
                concerns = Set(review.concerns.map(\.rawValue)); internalNotes = review.internalNotes
                familyContacted = review.familyContacted ? "yes" : "no"
            }
            finalMedicalReason = referral.finalMedicalReason?.rawValue ?? "not-yet"
        }

        mutating func fill(_ form: AttendanceInboxController.ReviewForm) {
            medicalReason = form.medicalReason ?? ""; category = form.category ?? ""; concerns = Set(form.concerns ?? [])
            internalNotes = form.internalNotes ?? ""; familyContacted = form.familyContacted ?? ""; finalMedicalReason = form.finalMedicalReason ?? "not-yet"
        }
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let r = model.referral, errors = model.errors, path = "/inbox/attendance/\(r.id.uuidString.lowercased())"
        let facts = [("Date of birth", r.dateOfBirth), ("Address", r.address), ("Attendance", "\(r.attendancePercent)% from \(r.period)"), ("School", r.schoolName)]
            + (r.reviewedBy.map { [("Last reviewed by", $0)] } ?? [])
            + [("Letter", r.letterSentAt.map { "Sent \(CalendarDate(inEngland: $0))" } ?? "Not sent"),
               ("School told", r.schoolToldAt.map { "Reviewed, family contacted: told \(CalendarDate(inEngland: $0))" } ?? "Not yet")]
        return Layout.document(title: "Review: \(r.name)", context: context, errors: errors, main: .group(
            .p(.a(.href("/inbox/attendance"), .text("Back to the attendance inbox"))),
            Layout.notice(model.notice),
            .h1(.class("heading-l"), .text("Review: \(r.name)")),
            .dl(.class("summary-list"), .forEach(facts) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            }),
            .p(.strong(.text("Nothing on this page is sent to the school."))),
            .form(.method(.post), .action(path), .attribute(named: "novalidate"), Layout.csrfField(context), Layout.pageField(path),
                Choices(name: "medicalReason", legend: "Is there a medical reason for the absence?", options: AttendanceReview.MedicalReason.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [model.medicalReason], error: errors.message(for: "medicalReason"), inline: true).node,
                Choices(name: "category", legend: "Category (if a medical reason is found or possible)", options: AttendanceReview.Category.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [model.category], error: errors.message(for: "category")).node,
                Choices(name: "concerns", legend: "What the practice's notes show about the family (internal)",
                        options: AttendanceReview.FamilyConcern.allCases.map { ($0.rawValue, $0.displayName) }, selected: model.concerns, kind: .checkbox,
                        hint: "Select all that apply.", error: errors.message(for: "concerns")).node,
                TextArea(id: "internalNotes", label: "Practice notes (internal)", value: model.internalNotes,
                         hint: "For example what the hospital letters say, or what the parent told you.").node,
                Choices(name: "familyContacted", legend: "Has the family been contacted?", options: Choices.yesNo, selected: [model.familyContacted],
                        error: errors.message(for: "familyContacted"), inline: true).node,
                Choices(name: "finalMedicalReason", legend: "Medical reason after the calls and a final look at the records",
                        options: [("not-yet", "Not yet")] + AttendanceReview.MedicalReason.allCases.map { ($0.rawValue, $0.displayName) },
                        selected: [model.finalMedicalReason], error: errors.message(for: "finalMedicalReason"), inline: true).node,
                .button(.type(.submit), .class("button"), .text("Save review"))),
            .h2(.class("heading-m"), .text("Letter to the parent")),
            r.review == nil ? .p(.text("Save the review first: the letter says what the practice found."))
                : .p(.a(.href("\(path)/letter"), .text("Print the letter to \(r.name)'s parent"))),
            FollowUpCallPage.section(model, context: context)
        ))
    }
}
