import Foundation
import SharewellCore
import Testing

@Suite("Why the gate said no, in words")
struct RefusalReasonTests {
    @Test("a repeat says when, in England's time, by whom and how many")
    func repeatWords() {
        let winter = Date(timeIntervalSince1970: 1_796_206_440)  // 2026-12-02T10:14:00Z, GMT
        #expect(RefusalReason.alreadySent(.init(at: winter, by: "Jo Bloggs", people: 18)).words
                == "Already sent on 2 Dec 2026 at 10:14 by Jo Bloggs (18 people); nothing new to send.")
        let summer = Date(timeIntervalSince1970: 1_783_419_240)  // 2026-07-07T10:14:00Z, 11:14 in London
        #expect(PriorSending(at: summer, by: "Jo", people: 1).words == "Already sent on 7 Jul 2026 at 11:14 by Jo (1 person); nothing new to send.")
    }

    @Test("no agreement names both organisations, what falls short and what to do next")
    func noAgreementWords() {
        let reason = RefusalReason.noAgreement(from: .init(code: "200101", name: "Riverside Primary"), to: .init(code: "P81001", name: nil),
                                               purpose: .attendanceLiaison,
                                               nearest: [.init(title: "Attendance", problem: .notActive(.awaitingApproval(missing: ["P81001"]))),
                                                         .init(title: "Old", problem: .doesNotAllow([.address]))])
        #expect(reason.words == "There is no active information sharing agreement between Riverside Primary and P81001 for school and GP attendance liaison: "
                + "‘Attendance’ is not active (awaiting approval by P81001); ‘Old’ does not allow Address. "
                + "Ask your information governance (IG) lead to set one up, or to bring the existing one into force, on the Agreements page.")
        #expect(!reason.isRepeat)
    }
}
