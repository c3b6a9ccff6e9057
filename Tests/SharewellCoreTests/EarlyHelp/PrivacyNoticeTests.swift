import SharewellCore
import Testing

@Suite("Early help: the privacy notice")
struct PrivacyNoticeTests {
    static func terms(items: [DataItem], months: Int) -> AgreementTerms {
        AgreementTerms(title: "Early help data matching", purpose: .earlyHelpDataMatching, parties: ["P81001", "353-EH"], discloser: "P81001", bulk: true,
                       dataItems: items, legalBases: [.art6PublicTask], dpiaReference: "D", dpiaDate: CalendarDate(iso: "2026-08-01"),
                       retentionMonths: months, start: CalendarDate(iso: "2026-09-01")!, review: CalendarDate(iso: "2027-06-01")!, end: CalendarDate(iso: "2027-08-31")!)
    }

    @Test("says what the agreement allows, with whom, how long, how to opt out and by when, and that care is not affected")
    func content() {
        let notice = PrivacyNotice(practiceName: "Hilltop Surgery", councilName: "Ashworth Council",
                                   terms: Self.terms(items: [.name, .dateOfBirth, .address, .practicePatientID, .demandCodes], months: 6),
                                   replyBy: CalendarDate(iso: "2027-05-27")!)
        let text = notice.sections.map(\.text).joined(separator: " ")
        #expect(notice.sections.map(\.heading) == ["Why we are writing to you", "What we will share", "How your information is kept safe", "How long it is kept",
                                                   "If you do not want to take part", "Your care will not change"])
        #expect(text.contains("your name, date of birth, address and practice patient number with Ashworth Council's early help team"))
        #expect(text.contains("codes such as GP1"))
        #expect(text.contains("within 6 months"))
        #expect(text.contains("by 27 May 2027"))
        #expect(text.contains("will not affect your care"))
    }

    @Test("never mentions what the agreement does not allow")
    func onlyAllowed() {
        let notice = PrivacyNotice(practiceName: "P", councilName: "C", terms: Self.terms(items: [.name, .dateOfBirth], months: 24), replyBy: CalendarDate(iso: "2027-05-27")!)
        let text = notice.sections.map(\.text).joined(separator: " ")
        #expect(text.contains("your name and date of birth with C's"))
        #expect(!text.contains("GP1") && !text.contains("address and") && text.contains("within 2 years"))
    }
}
