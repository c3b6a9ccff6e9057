import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// Letters to parents: print one or a batch, record them sent, and edit the practice's wording (issue 6, item 5).
enum ParentLetterPages {
    struct Selection: Content { var ids: [String]? }

    /// One pupil's letter, ready to print.
    @Sendable static func one(req: Request) async throws -> Response {
        let (user, referral) = try await AttendanceInboxController.referral(req)
        let letters = try await req.store.letters(for: [referral.id], by: user, at: req.now)
        guard !letters.isEmpty else { throw Abort(.conflict, reason: "Save the review first: the letter says what the practice found.") }
        return print(letters, from: try await req.store.organisation(code: user.organisationCode), context: req.pageContext).response()
    }

    /// The letters for the pupils chosen, or every reviewed pupil whose letter has not been sent.
    @Sendable static func batch(req: Request) async throws -> Response {
        let user = try AttendanceInboxController.practiceUser(req)
        let chosen = try req.query.decode(Selection.self).ids.map { $0.compactMap(UUID.init(uuidString:)) }
        var ids = chosen ?? []
        if chosen == nil { ids = try await req.store.attendanceInbox(for: user, at: req.now).filter { $0.review != nil && $0.letterSentAt == nil }.map(\.id) }
        let letters = try await req.store.letters(for: ids, by: user, at: req.now)
        return print(letters, from: try await req.store.organisation(code: user.organisationCode), context: req.pageContext).response()
    }

    @Sendable static func markSent(req: Request) async throws -> Response {
        let user = try AttendanceInboxController.practiceUser(req)
        var seen = Set<UUID>()
        let ids = (try req.content.decode(Selection.self).ids ?? []).compactMap(UUID.init(uuidString:)).filter { seen.insert($0).inserted }
        guard !ids.isEmpty else { throw Abort(.badRequest, reason: "Choose the letters that were sent.") }
        let updates: [SchoolUpdate]
        do { updates = try await req.store.markLettersSent(ids, by: user, at: req.now) } catch StoreError.unknownPerson { throw Abort(.notFound) }
        let told = updates.filter { if case .told = $0 { true } else { false } }.count
        let refused = updates.filter { if case .refused = $0 { true } else { false } }.count
        // Post/Redirect/Get: the inbox says what was recorded; a reload records nothing again.
        return Done.redirect(req, to: "/inbox/attendance", "letters", [("count", updates.count), ("told", told), ("refused", refused)])
    }

    /// What the inbox says after letters were recorded as sent, from the counts in its address.
    static func sentNotice(_ req: Request) -> String? {
        guard Done.what(req) == "letters" else { return nil }
        let count = Done.count(req, "count"), told = Done.count(req, "told"), refused = Done.count(req, "refused")
        return "\(counted(count, "letter")) recorded as sent today. "
            + "\(counted(told, "school was", "schools were")) told: reviewed, family contacted."
            + (refused > 0 ? " \(counted(refused, "school was", "schools were")) not told: the agreement does not let the practice answer; ask your IG lead." : "")
    }

    /// The letters as the practice posts them: its letterhead, then the parent's name and address
    /// where a window envelope shows it, then the letter; on paper one to a sheet.
    static func print(_ letters: [PrintedLetter], from practice: DirectoryEntry?, context: PageContext) -> HTML {
        Layout.document(title: "Letters to parents", context: context, main: .group(
            .div(.class("no-print"),
                .p(.a(.href("/inbox/attendance"), .text("Back to the attendance inbox"))),
                .h1(.class("heading-l"), .text("Letters to parents")),
                .p(.text("\(counted(letters.count, "letter")) to print.")),
                .p(.text(letters.isEmpty ? "There are no letters to print: review the pupils first." : "Print this page; each letter starts on a new sheet. Then record that they were sent.")),
                .if(!letters.isEmpty, .form(.method(.post), .action("/inbox/attendance/letters/sent"), Layout.csrfField(context),
                    .forEach(letters) { .input(.type(.hidden), .name("ids[]"), .value($0.referralID.uuidString.lowercased())) },
                    .button(.type(.submit), .class("button"), .id("mark-sent"), .text(letters.count == 1 ? "Record this letter as sent today" : "Record these \(counted(letters.count, "letter")) as sent today"))))),
            .forEach(letters) { letter in
                .article(.class("letter letter-windowed"), .ariaLabel("Letter about \(letter.childName)"),
                    .unwrap(practice, PostedLetter.letterhead),
                    PostedLetter.addressee("The parent or carer of \(letter.childName)", at: PostalAddress(oneLine: letter.address)),
                    .forEach(letter.text.components(separatedBy: "\n\n")) { .p(PostedLetter.lines($0.components(separatedBy: "\n"))) },
                    .unwrap(letter.sentAt) { .p(.class("no-print hint"), .text("Sent \(CalendarDate(inEngland: $0))")) })
            }
        ))
    }
}

/// The practice's own wording of the letter.
enum LetterTemplatePage {
    struct Form: Content { var template: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try AttendanceInboxController.practiceUser(req)
        var template = try await req.store.letterTemplate(for: user).template
        var notice = Done.what(req) == "saved" ? "The letter's wording is saved." : nil
        if let kept = try await PendingForm.take(req) { template = try kept.decoded(as: Form.self).template ?? template; notice = PendingForm.notice(req) }
        return view(template: template, errors: [], notice: notice, context: req.pageContext).response()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try AttendanceInboxController.practiceUser(req)
        let form = try req.content.decode(Form.self)
        let template = (form.template ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        do {
            try await req.store.saveLetterTemplate(.init(template: template), by: user, at: req.now)
            return Done.redirect(req, to: "/inbox/attendance/letter-template", "saved")
        } catch StoreError.invalidFields(let problems) {
            return view(template: template, errors: problems.fieldErrors, notice: nil, context: req.pageContext).response(status: .unprocessableEntity)
        }
    }

    static func view(template: String, errors: [FieldError], notice: String?, context: PageContext) -> HTML {
        Layout.document(title: "The letter to parents", context: context, errors: errors, main: .group(
            .p(.a(.href("/inbox/attendance"), .text("Back to the attendance inbox"))),
            Layout.notice(notice),
            .h1(.class("heading-l"), .text("The letter to parents")),
            .p(.text("Keep it plain: say that the school shared attendance figures only, that no medical information was asked for or given to the school, what the practice found, offer an appointment, and encourage the parent to tell the school of any medical reason.")),
            .p(.text("Fields filled in for each letter: " + ParentLetter.Field.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ") + ".")),
            .form(.method(.post), .action("/inbox/attendance/letter-template"), .attribute(named: "novalidate"), Layout.csrfField(context),
                  Layout.pageField("/inbox/attendance/letter-template"),
                  TextArea(id: "template", label: "Wording of the letter", value: template, error: errors.message(for: "template")).node,
                  .button(.type(.submit), .class("button"), .text("Save the wording"))),
            .element(named: "details", nodes: [.element(named: "summary", text: "The default wording, to copy from"),
                                                .pre(.class("letter-text"), .text(ParentLetter.defaultTemplate))])
        ))
    }
}
