import Foundation
import SharewellCore
import Testing

@Suite("What the medical education team did")
struct MedicalEducationActionTests {
    @Test("no action needs a reason; the other actions do not; nothing chosen is an error naming the field", arguments: [
        ("no-action", "", ["reason"]),
        ("no-action", "   ", ["reason"]),
        ("no-action", "Already on the hospital school roll", []),
        ("contacted-school", "", []),
        ("referred-to-panel", "Panel on 12 January", []),
        ("", "", ["kind"]),
        ("phoned-mum", "x", ["kind"]),
    ])
    func parse(_ kind: String, _ reason: String, _ fields: [String]) {
        switch MedicalEducationAction.parse(kind: kind, reason: reason) {
        case .success(let action):
            #expect(fields == [])
            #expect(action.kind.rawValue == kind && action.reason == reason.trimmingCharacters(in: .whitespaces))
        case .failure(let invalid):
            #expect(invalid.problems.map(\.field) == fields)
        }
    }

    @Test("a reason past the limit is refused, naming the field")
    func longReason() {
        let long = String(repeating: "a", count: MedicalEducationAction.reasonLimit + 1)
        guard case .failure(let invalid) = MedicalEducationAction.parse(kind: "contacted-school", reason: long) else { Issue.record("accepted"); return }
        #expect(invalid.problems.map(\.field) == ["reason"])
    }

    @Test("the words shown in the inbox carry the reason when there is one")
    func words() {
        #expect(MedicalEducationAction(kind: .referredToPanel, reason: "Panel on 12 January").words == "Referred to the panel: Panel on 12 January")
        #expect(MedicalEducationAction(kind: .contactedSchool, reason: "").words == "Contacted the school")
    }
}
