import SharewellCore
import SharewellFormats
import Testing

@Suite("The births CSV's dates")
struct BirthsCSVDatesTests {
    static let today = CalendarDate(iso: "2026-03-15")!
    static let header = (BirthsCSV.header + BirthsCSV.optional).joined(separator: ",")

    static func read(_ lines: [String], dates: BirthDates?) -> Result<[BirthNotice], FormatError> {
        let bytes = Array(([header] + lines).joined(separator: "\n").utf8)
        return bytes.withUnsafeBufferPointer { buffer in Result { () throws(FormatError) in try BirthsCSV.read(buffer, dates: dates) } }
    }

    static func line(born: String, consentDate: String = "") -> String {
        "B1,\(born),Ada,Lovelace,1 Mill Lane,AW1 1AB,yes,no,,antenatal booking,\(consentDate)"
    }

    static func problems(_ lines: [String]) -> [String] {
        guard case .failure(let error) = read(lines, dates: BirthDates(today: today)) else { return [] }
        return error.problems.map(\.description)
    }

    @Test("a baby born after today, or more than BirthDates.oldestBirthYears ago, is refused naming its line and field")
    func born() {
        #expect(Self.problems([Self.line(born: "2026-03-15"), Self.line(born: "2024-03-15").replacingOccurrences(of: "B1", with: "B2")]) == [])
        #expect(Self.problems([Self.line(born: "2026-03-16")]) == ["line 2, baby_date_of_birth: The baby's date of birth must be today or in the past, not ‘2026-03-16’"])
        #expect(Self.problems([Self.line(born: "2024-03-14")]) == ["line 2, baby_date_of_birth: The baby's date of birth must be 15 March 2024 or later, not ‘2024-03-14’"])
        #expect(Self.problems([Self.line(born: "1994-05-06")]).count == 1, "a parent's date of birth in the baby's column")
    }

    @Test("a consent date after today, or a year before the oldest birth taken, is refused naming its line and field")
    func consent() {
        #expect(Self.problems([Self.line(born: "2026-03-01", consentDate: "2023-03-15")]) == [])
        #expect(Self.problems([Self.line(born: "2026-03-01", consentDate: "2026-03-16")]) == ["line 2, consent_date: The date consent was recorded must be today or in the past, not ‘2026-03-16’"])
        #expect(Self.problems([Self.line(born: "2026-03-01", consentDate: "2023-03-14")]) == ["line 2, consent_date: The date consent was recorded must be 15 March 2023 or later, not ‘2023-03-14’"])
    }

    @Test("what is stored holds what a form takes: a name or address over BirthsCSV.textLimit, or holding a control character, is refused naming its line and field; the command line reads them")
    func bounded() throws {
        let long = String(repeating: "n", count: BirthsCSV.textLimit + 1)
        let lines = [Self.line(born: "2026-03-01").replacingOccurrences(of: "Ada,", with: "\(long),"),
                     Self.line(born: "2026-03-01").replacingOccurrences(of: "B1,", with: "B2,").replacingOccurrences(of: "1 Mill Lane", with: "1 Mill\u{01} Lane")]
        #expect(Self.problems(lines) == ["line 2, parent_given_name: The text is \(BirthsCSV.textLimit + 1) characters long; at most \(BirthsCSV.textLimit) are kept.",
                                         "line 3, address: The text holds a control character, which no field accepts."])
        #expect(Self.problems([Self.line(born: "2026-03-01").replacingOccurrences(of: "Ada,", with: "\(long.dropLast()),")]) == [])
        #expect(try Self.read(lines, dates: nil).get().count == 2)
    }

    @Test("without dates (the command line's exact contract) any real date is read")
    func exact() throws {
        let read = try Self.read([Self.line(born: "2031-01-01", consentDate: "1901-02-03")], dates: nil).get()
        #expect(read.first?.babyDateOfBirth == CalendarDate(iso: "2031-01-01") && read.first?.consentDate == CalendarDate(iso: "1901-02-03"))
    }
}
