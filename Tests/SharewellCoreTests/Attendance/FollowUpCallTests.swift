import SharewellCore
import Testing

@Suite("Follow-up calls")
struct FollowUpCallTests {
    let today = CalendarDate(iso: "2025-12-10")!
    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("three attempts on different days are accepted; a fourth is refused")
    func threeAttempts() {
        var made: [FollowUpCall] = []
        for text in ["2025-12-01", "2025-12-03", "2025-12-05"] {
            let call = FollowUpCall(day: day(text), outcome: .noAnswer)
            #expect(call.problems(after: made, today: today).isEmpty)
            made.append(call)
        }
        #expect(FollowUpCall(day: day("2025-12-08"), outcome: .noAnswer).problems(after: made, today: today).map(\.field) == ["day"])
    }

    @Test("a second call on the same day is refused, naming the day")
    func sameDay() {
        let made = [FollowUpCall(day: day("2025-12-01"), outcome: .noAnswer)]
        let problems = FollowUpCall(day: day("2025-12-01"), outcome: .spokeToParent).problems(after: made, today: today)
        #expect(problems == [.init(field: "day", message: "A call was already made on 2025-12-01; make the next attempt on a different day")])
    }

    @Test("no calls in the future, none after the parent was reached, no feedback without a parent")
    func otherRules() {
        #expect(FollowUpCall(day: day("2025-12-11"), outcome: .noAnswer).problems(after: [], today: today).map(\.field) == ["day"])
        let reached = [FollowUpCall(day: day("2025-12-01"), outcome: .spokeToParent, letterArrived: .yes)]
        #expect(FollowUpCall(day: day("2025-12-02"), outcome: .noAnswer).problems(after: reached, today: today).map(\.field) == ["outcome"])
        #expect(FollowUpCall(day: day("2025-12-02"), outcome: .noAnswer, feedback: "Pleased").problems(after: [], today: today).map(\.field) == ["feedback"])
        #expect(FollowUpCall.Outcome.declinedToTalk.reachedParent && !FollowUpCall.Outcome.noAnswer.reachedParent)
    }
}
