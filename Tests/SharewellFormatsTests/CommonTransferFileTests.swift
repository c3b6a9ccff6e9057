import SharewellCore
import SharewellFormats
import Testing

@Suite("Common Transfer File: the attendance part")
struct CommonTransferFileTests {
    static func ctf(_ pupils: String) -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <CTfile>
              <Header><DocumentName>Common Transfer File</DocumentName><CTFversion>21.0</CTFversion>
                <SourceSchool><LEA>353</LEA><Estab>4001</Estab><SchoolName>Ashworth Primary</SchoolName><AcademicYear>2025</AcademicYear></SourceSchool></Header>
              <CTFpupilData>
            \(pupils)
              </CTFpupilData>
            </CTfile>
            """.utf8)
    }

    static func pupil(upn: String = "M801315810000", sex: String = "<Sex>F</Sex>", years: String) -> String {
        "<Pupil><UPN>\(upn)</UPN><Surname>Price</Surname><Forename>Amy</Forename><DOB>2014-03-04</DOB>\(sex)<Attendance>\(years)</Attendance></Pupil>"
    }

    static let marksYear = "<YearData><Year>2025</Year><SessionsPossible>4</SessionsPossible><SessionsAuthorised>1</SessionsAuthorised><SessionsUnauthorised>1</SessionsUnauthorised><AttendanceMarks>/\\IO--</AttendanceMarks><AttendanceStartDate>2025-09-03</AttendanceStartDate></YearData>"
    static let totalsYear = "<YearData><Year>2024</Year><SessionsPossible>380</SessionsPossible><SessionsAuthorised>20</SessionsAuthorised><SessionsUnauthorised>18</SessionsUnauthorised></YearData>"

    @Test("each pupil's years: marks laid out from the start date, totals where there are no marks")
    func good() throws {
        let file = try CommonTransferFile.read(Self.ctf(Self.pupil(years: Self.totalsYear + Self.marksYear) + Self.pupil(upn: "B801200005001", sex: "<Gender>M</Gender>", years: "")))
        #expect(file.pupils.map(\.upn) == ["M801315810000", "B801200005001"])
        let amy = file.pupils[0]
        #expect(amy.givenName == "Amy" && amy.familyName == "Price" && amy.sex == .female && amy.dateOfBirth.description == "2014-03-04")
        #expect(amy.years.map(\.year) == [2024, 2025])
        #expect(amy.years[0].marks == nil && amy.years[0].tally.attendancePercentText == "90.0" && amy.years[0].period.lowerBound.description == "2024-09-01")
        let marks = try #require(amy.years[1].marks)
        #expect(marks.first.description == "2025-09-03" && marks.last.description == "2025-09-05")
        #expect(marks.code(on: CalendarDate(iso: "2025-09-04")!, pm: false) == .illness && marks.code(on: CalendarDate(iso: "2025-09-05")!, pm: false) == nil)
        #expect(marks.tally().possible == 4 && marks.tally().attended == 2)
        #expect(file.pupils[1].sex == .male && file.pupils[1].years.isEmpty)
    }

    @Test("bytes that are not UTF-8, in an element's name or its text, are refused with the line; they once trapped inside FoundationXML")
    func notUTF8() throws {
        for broken in ["<SessionsUnautho\u{FFFD}ised>", "<Surname>Pr\u{FFFD}ce</Surname>"] {
            let text = String(decoding: Self.ctf(Self.pupil(years: Self.totalsYear)), as: UTF8.self)
            let replaced = broken.contains("Surname") ? text.replacingOccurrences(of: "<Surname>Price</Surname>", with: broken) : text.replacingOccurrences(of: "<SessionsUnauthorised>", with: broken)
            // A raw 0xFF byte where the marker is: never a UTF-8 character.
            let bytes = Array(replaced.replacingOccurrences(of: "\u{FFFD}", with: "#").utf8).map { $0 == UInt8(ascii: "#") ? 0xFF : $0 }
            #expect(throws: FormatError.self) { _ = try CommonTransferFile.read(bytes) }
            do { _ = try CommonTransferFile.read(bytes) } catch let error as FormatError {
                #expect(error.description.contains("not UTF-8") && error.problems.first?.line == 6, "\(error.description)")
            }
        }
    }

    @Test("marks start inside their academic year: a start in 9999 once stored a day no one could read back")
    func startInItsYear() throws {
        let far = Self.marksYear.replacingOccurrences(of: "2025-09-03", with: "9999-12-31")
        do { _ = try CommonTransferFile.read(Self.ctf(Self.pupil(years: far))); Issue.record("accepted") } catch let error as FormatError {
            #expect(error.description.contains("9999-12-31 is not in academic year 2025"), "\(error.description)")
        }
    }

    @Test("a processing instruction beyond the XML declaration is refused with its line; an empty one crashed FoundationXML")
    func processingInstruction() throws {
        let text = String(decoding: Self.ctf(Self.pupil(years: Self.totalsYear)), as: UTF8.self).replacingOccurrences(of: "<CTFpupilData>", with: "<CTFpupilData><?x?>")
        do { _ = try CommonTransferFile.read(Array(text.utf8)); Issue.record("accepted") } catch let error as FormatError {
            #expect(error.description.contains("processing instruction") && error.problems.first?.line == 5, "\(error.description)")
        }
        _ = try CommonTransferFile.read(Self.ctf(Self.pupil(years: Self.totalsYear)))  // the declaration on line 1 is fine
    }

    @Test("a file nested deeper than any CTF is refused at the first element too deep")
    func deepNesting() throws {
        let depth = 100_000
        let bytes = Array(("<CTfile>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</CTfile>").utf8)
        do { _ = try CommonTransferFile.read(bytes); Issue.record("accepted") } catch let error as FormatError {
            #expect(error.description.contains("nested more than 12 deep"), "\(error.description)")
            #expect(error.problems.first?.field.split(separator: "/").count == 12, "given up at the first element too deep")
        }
    }

    @Test("what is malformed is named by its element path", arguments: [
        (pupil(upn: "X801315810000", years: ""), "/CTfile/CTFpupilData/Pupil[1]/UPN"),
        (pupil(years: marksYear.replacingOccurrences(of: "/\\IO--", with: "/\\I!--")), "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/AttendanceMarks"),
        (pupil(years: marksYear.replacingOccurrences(of: "<AttendanceStartDate>2025-09-03</AttendanceStartDate>", with: "")), "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/AttendanceStartDate"),
        (pupil(years: totalsYear.replacingOccurrences(of: "<SessionsPossible>380", with: "<SessionsPossible>thirty")), "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/SessionsPossible"),
        (pupil(years: "") + pupil(years: totalsYear.replacingOccurrences(of: "<SessionsAuthorised>20</SessionsAuthorised>", with: "")),
         "/CTfile/CTFpupilData/Pupil[2]/Attendance/YearData[1]/SessionsAuthorised"),
        (pupil(sex: "<Sex>Q</Sex>", years: ""), "/CTfile/CTFpupilData/Pupil[1]/Sex"),
        // Totals that once trapped on overflow (issue 14): refused by the school year's bound.
        (pupil(years: totalsYear.replacingOccurrences(of: "<SessionsPossible>380", with: "<SessionsPossible>9223372036854775807")
                    .replacingOccurrences(of: "<SessionsAuthorised>20<", with: "<SessionsAuthorised>9223372036854775807<")),
         "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/SessionsPossible"),
        (pupil(years: totalsYear.replacingOccurrences(of: "<SessionsAuthorised>20<", with: "<SessionsAuthorised>9223372036854775807<")),
         "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/SessionsAuthorised"),
        (pupil(years: marksYear.replacingOccurrences(of: "/\\IO--", with: String(repeating: "/", count: 5_000))),
         "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/AttendanceMarks"),
        // A field given twice once kept the last silently (the API contract test found it).
        (pupil(years: "").replacingOccurrences(of: "<UPN>", with: "<UPN>nonsense</UPN><UPN>"), "/CTfile/CTFpupilData/Pupil[1]/UPN[2]"),
        (pupil(years: totalsYear.replacingOccurrences(of: "<Year>2024</Year>", with: "<Year>2023</Year><Year>2024</Year>")),
         "/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/Year[2]"),
    ])
    func bad(_ pupils: String, _ path: String) {
        do {
            _ = try CommonTransferFile.read(Self.ctf(pupils))
            Issue.record("accepted")
        } catch let error as FormatError {
            #expect(error.problems.first?.field == path, "\(error)")
            #expect(error.problems.first.map { $0.line > 1 } == true)
        } catch { Issue.record("\(error)") }
    }

    @Test("broken XML, another kind of file, and a file with no pupils are refused")
    func notACTF() {
        #expect(throws: FormatError.self) { try CommonTransferFile.read(Array("<CTfile><CTFpupilData><Pupil>".utf8)) }
        do { _ = try CommonTransferFile.read(Array("<html><body/></html>".utf8)); Issue.record("accepted") } catch let error as FormatError {
            #expect(error.problems.first?.message.contains("not a Common Transfer File") == true)
        } catch { Issue.record("\(error)") }
        #expect(throws: FormatError.self) { try CommonTransferFile.read(Self.ctf("")) }
    }
}
