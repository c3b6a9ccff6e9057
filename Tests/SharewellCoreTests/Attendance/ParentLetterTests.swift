import SharewellCore
import Testing

@Suite("Letters to parents")
struct ParentLetterTests {
    let values: [ParentLetter.Field: String] = [
        .date: "1 December 2025", .childName: "Amy Price", .schoolName: "Hilltop Academy", .period: "1 September to 19 December 2025",
        .attendancePercent: "83.3", .finding: ParentLetter.finding(.possible), .practiceName: "Hilltop Surgery",
        .practicePhone: "0161 000 0000", .signedBy: "Dr Ada Lovelace",
    ]

    @Test("the default letter says plainly what was and was not shared, what was found, and offers an appointment")
    func defaultWording() {
        let letter = ParentLetter(template: ParentLetter.defaultTemplate)
        #expect(letter.problems.isEmpty)
        let text = letter.render(values)
        #expect(text.contains("The school shared attendance figures only."))
        #expect(text.contains("No medical information was asked for by the school, and none has been given to the school."))
        #expect(text.contains("We can see a possible medical reason"))
        #expect(text.contains("offer your child an appointment"))
        // Named once: the parent's name and address are printed above the letter, in the envelope's window.
        #expect(text.components(separatedBy: "Amy Price").count == 2)
        #expect(text.contains("we encourage you to tell the school"))
        #expect(text.contains("83.3%") && text.contains("Hilltop Academy") && !text.contains("{{"))
    }

    @Test("what the practice found is worded without any detail of the notes")
    func finding() {
        #expect(ParentLetter.finding(.noneFound) == "We could not see a medical reason for the absence in the records we hold.")
        #expect(ParentLetter.finding(.yes) == ParentLetter.finding(.possible))
    }

    @Test("an edited template is refused when empty or using an unknown field, naming it")
    func problems() {
        #expect(ParentLetter(template: "  \n").problems.map(\.field) == ["template"])
        let unknown = ParentLetter(template: "Dear {{parent_name}}, {{child_name}}").problems
        #expect(unknown.count == 1 && unknown[0].message.hasPrefix("The letter uses {{parent_name}}, which is not a field."))
        #expect(ParentLetter(template: "Dear parent of {{child_name}}").render(values) == "Dear parent of Amy Price")
    }
}
