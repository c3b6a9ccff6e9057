import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// The attendance pathways (school ↔ GP liaison, health-related absence) in the web application.
struct AttendancePathway: WebPathway {
    func routes(_ app: Application) {
        app.get("attendance", "import", use: AttendanceController.show)
        app.on(.POST, "attendance", "pupils", body: .collect(maxSize: UploadLimit.maximum), use: AttendanceController.uploadPupils)
        app.on(.POST, "attendance", "summaries", body: .collect(maxSize: UploadLimit.maximum), use: AttendanceController.uploadSummaries)
        app.on(.POST, "attendance", "ctf", body: .collect(maxSize: UploadLimit.maximum), use: AttendanceController.uploadTransferFile)
        app.get("attendance", "poor", use: PoorAttendanceController.show)
        app.post("attendance", "poor", "send", use: PoorAttendanceController.send)
        app.get("attendance", "report", use: LiaisonReportPage.show)
        app.post("attendance", "report", "remeasure", use: LiaisonReportPage.sendRemeasure)
        app.get("attendance", "illness", use: IllnessAbsencePage.show)
        app.post("attendance", "illness", "send", use: IllnessAbsencePage.send)
        app.get("inbox", "medical-education", use: MedicalEducationInboxPage.show)
        app.get("inbox", "medical-education", ":id", use: MedicalEducationInboxPage.showPupil)
        app.post("inbox", "medical-education", ":id", use: MedicalEducationInboxPage.record)
        app.get("inbox", "attendance", use: AttendanceInboxController.inbox)
        app.get("inbox", "attendance", ":id", use: AttendanceInboxController.showReview)
        app.post("inbox", "attendance", ":id", use: AttendanceInboxController.saveReview)
        app.post("inbox", "attendance", ":id", "calls", use: FollowUpCallPage.record)
        app.get("inbox", "attendance", ":id", "letter", use: ParentLetterPages.one)
        app.get("inbox", "attendance", "letters", use: ParentLetterPages.batch)
        app.post("inbox", "attendance", "letters", "sent", use: ParentLetterPages.markSent)
        app.get("inbox", "attendance", "letter-template", use: LetterTemplatePage.show)
        app.post("inbox", "attendance", "letter-template", use: LetterTemplatePage.save)
        app.get("inbox", "attendance", "retention", use: ReviewRetentionPage.show)
        app.post("inbox", "attendance", "retention", use: ReviewRetentionPage.save)
        app.on(.POST, "attendance", "import", body: .collect(maxSize: UploadLimit.maximum), use: AttendanceController.upload)
        app.get("attendance", "import", "runs", ":id", use: MarksImportRun.result)
        let v1 = app.grouped("api", "v1")
        v1.on(.POST, "attendance", "marks", body: .stream, use: AttendanceController.apiImport)
        v1.on(.POST, "attendance", "pupils", body: .stream, use: AttendanceController.apiPupils)
        v1.on(.POST, "attendance", "summaries", body: .stream, use: AttendanceController.apiSummaries)
        v1.on(.POST, "attendance", "ctf", body: .stream, use: AttendanceController.apiTransferFile)
    }

    var sections: [Layout.Section] {
        [Layout.Section(title: "Attendance", path: "/attendance/import", permission: .importAttendance, kinds: [.school]),
         Layout.Section(title: "Attendance inbox", path: "/inbox/attendance", permission: .viewIdentifiableRecords, kinds: [.gpPractice]),
         Layout.Section(title: "Record retention", path: ReviewRetentionPage.path, permission: .manageAgreements, kinds: [.gpPractice]),
         Layout.Section(title: "Health-related absence", path: "/inbox/medical-education", permission: .viewIdentifiableRecords, kinds: [.medicalEducation])]
    }

    var uploads: [String: @Sendable (ActingUser) -> Bool] {
        let school: @Sendable (ActingUser) -> Bool = { $0.may(.importAttendance) && $0.organisationKind == .school }
        return ["/attendance/import": school, "/attendance/pupils": school, "/attendance/summaries": school, "/attendance/ctf": school]
    }

    var uploadPages: [String: String] {
        ["/attendance/pupils": "/attendance/import", "/attendance/summaries": "/attendance/import", "/attendance/ctf": "/attendance/import"]
    }

    func workWaiting(for user: ActingUser, store: Store, at date: Date) async throws -> [WorkWaiting] {
        let work = try await store.attendanceWork(for: user)
        return [WorkWaiting(count: work.toReview, one: "pupil waits for review in the attendance inbox", many: "pupils wait for review in the attendance inbox", path: "/inbox/attendance"),
                WorkWaiting(count: work.lettersToSend, one: "reviewed pupil's parent has not been sent a letter", many: "reviewed pupils' parents have not been sent a letter",
                            path: "/inbox/attendance/letters"),
                WorkWaiting(count: work.callsDue, one: "family still to be reached by a follow-up call", many: "families still to be reached by a follow-up call", path: "/inbox/attendance"),
                WorkWaiting(count: work.flagged, one: "pupil flagged for health-related absence", many: "pupils flagged for health-related absence", path: "/inbox/medical-education")]
            .filter { $0.count > 0 }
    }
}
