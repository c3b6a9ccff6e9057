import SharewellCore
import Testing

@Suite("The consent and opt-out register")
struct ConsentRegisterTests {
    static let day = CalendarDate(iso: "2026-11-24")!

    @Test("with no entries consent is not sought and nobody is opted out")
    func empty() {
        let register = ConsentRegister([])
        #expect(register.consent(purpose: .attendanceLiaison, agreement: "a", on: Self.day) == .notSought)
        #expect(!register.optedOut(purpose: .earlyHelpDataMatching, agreement: nil))
    }

    @Test("the newest line wins, and a withdrawal takes effect at once")
    func newestWins() {
        var entries = [ConsentEntry(sequence: 1, kind: .given, scope: .purpose(.teamAroundTheChild))]
        #expect(ConsentRegister(entries).consent(purpose: .teamAroundTheChild, agreement: nil, on: Self.day) == .given)
        entries.append(.init(sequence: 2, kind: .withdrawn, scope: .agreement("a")))
        #expect(ConsentRegister(entries).consent(purpose: .teamAroundTheChild, agreement: "a", on: Self.day) == .withdrawn)
        // A withdrawal for another agreement does not touch this one.
        #expect(ConsentRegister(entries).consent(purpose: .teamAroundTheChild, agreement: "b", on: Self.day) == .given)
        entries.append(.init(sequence: 3, kind: .refused, scope: .purpose(.liveBirths)))
        #expect(ConsentRegister(entries.reversed()).consent(purpose: .liveBirths, agreement: nil, on: Self.day) == .refused)
    }

    @Test("expired consent must be sought again")
    func expiry() {
        let entries = [ConsentEntry(sequence: 1, kind: .given, scope: .purpose(.sendAssessment), expires: Self.day)]
        #expect(ConsentRegister(entries).consent(purpose: .sendAssessment, agreement: nil, on: Self.day) == .given)
        #expect(ConsentRegister(entries).consent(purpose: .sendAssessment, agreement: nil, on: Self.day.advanced(by: 1)) == .notSought)
    }

    @Test("an opt-out holds until rescinded, and does not read as consent")
    func optOut() {
        var entries = [ConsentEntry(sequence: 1, kind: .optedOut, scope: .purpose(.earlyHelpDataMatching))]
        #expect(ConsentRegister(entries).optedOut(purpose: .earlyHelpDataMatching, agreement: "x"))
        #expect(!ConsentRegister(entries).optedOut(purpose: .liveBirths, agreement: "x"))
        #expect(ConsentRegister(entries).consent(purpose: .earlyHelpDataMatching, agreement: nil, on: Self.day) == .notSought)
        entries.append(.init(sequence: 2, kind: .optOutRescinded, scope: .purpose(.earlyHelpDataMatching)))
        #expect(!ConsentRegister(entries).optedOut(purpose: .earlyHelpDataMatching, agreement: "x"))
    }

    @Test("scope keys read back")
    func keys() {
        for scope in [ConsentScope.purpose(.liveBirths), .agreement("0f8e")] { #expect(ConsentScope(key: scope.key) == scope) }
        #expect(ConsentScope(key: "purpose:nope") == nil)
        #expect(ConsentScope(key: "agreement:") == nil)
    }
}
