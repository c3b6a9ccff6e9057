import SharewellCore
@testable import SharewellFormats
import Testing

@Suite("Session marks CSV")
struct SessionMarksCSVTests {
    static func read(_ text: String) throws -> [SessionMark] {
        var marks: [SessionMark] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in try SessionMarksCSV.read(buffer) { mark, _ in marks.append(mark) } }
        return marks
    }

    static func problems(_ text: String) -> [FormatError.Problem] {
        do { _ = try read(text); return [] } catch let error as FormatError { return error.problems } catch { return [] }
    }

    @Test("good rows read back, with CRLF, a byte-order mark, quotes and a lower-case session")
    func good() throws {
        let marks = try Self.read("\u{FEFF}upn,date,session,code\r\nM801315810000,2025-09-01,AM,/\r\n\"M801315810000\",2025-09-01,pm,\"\\\"\r\n\n")
        #expect(marks == [SessionMark(upn: "M801315810000", date: CalendarDate(iso: "2025-09-01")!, session: .am, code: .presentAM),
                          SessionMark(upn: "M801315810000", date: CalendarDate(iso: "2025-09-01")!, session: .pm, code: .presentPM)])
    }

    @Test("a file's pupils are found with their first line even when its lines cannot be read: quoted, lower case, once each; not a malformed UPN or a short line")
    func pupilsOfABadFile() {
        let text = "upn,date,session,code\nm801315810000,2025-09-01,AM,ZZ\nA801200005001,2025-09-01,AM,/\n\"M801315810000\",2025-09-02,XM,/\nB801200005001,2025-09-01\nB801200005001,x,y,z\n"
        let pupils = Array(text.utf8).withUnsafeBufferPointer { SessionMarksCSV.pupils($0) }
        #expect(pupils.map(\.line) == [2, 6] && pupils.map(\.value) == ["M801315810000", "B801200005001"])
        #expect(Array("upn,date\nM801315810000,2025-09-01,AM,/\n".utf8).withUnsafeBufferPointer { SessionMarksCSV.pupils($0) }.isEmpty, "a wrong header: nothing")
    }

    @Test("every problem names its line and field")
    func problems() {
        let text = """
            upn,date,session,code
            A801200005001,2025-09-01,AM,/
            M801315810000,2025-09-31,AM,/
            M801315810000,2025-09-02,EVE,/
            M801315810000,2025-09-02,AM,Q9
            M801315810000,2025-09-03,AM,/
            M801315810000,2025-09-03,AM,I
            M801315810000,2025-09-04
            """
        let found = Self.problems(text).map { "\($0.line) \($0.field)" }
        #expect(found == ["2 upn", "3 date", "4 session", "5 code", "7 date", "8 row"])
        #expect(Self.problems(text)[4].message == "A second mark for M801315810000 on 2025-09-03 AM.")
    }

    @Test("a wrong header is refused before any row")
    func header() {
        #expect(Self.problems("pupil,date,session,code\nM801315810000,2025-09-01,AM,/\n").map(\.field) == ["header"])
    }

    @Test("a flood of problems is cut to a readable list")
    func flood() {
        let text = "upn,date,session,code\n" + String(repeating: "M801315810000,nope,AM,/\n", count: 100)
        do { _ = try Self.read(text) } catch let error as FormatError {
            #expect(error.problems.count == ProblemList.limit && error.truncated)
        } catch { Issue.record("\(error)") }
    }
}

@Suite("Marks uploads are bounded in time")
struct AttendanceUploadBoundsTests {
    static func upload(_ rows: [String], period: ClosedRange<CalendarDate>? = nil) throws -> AttendanceUpload {
        let bytes = Array(("upn,date,session,code\n" + rows.joined(separator: "\n")).utf8)
        return try bytes.withUnsafeBufferPointer { try AttendanceUpload.read($0, period: period) }
    }

    @Test("one mark over a period of millennia is refused before anything is laid out (issue 14)")
    func hugePeriod() {
        let huge = CalendarDate(iso: "0001-01-01")!...CalendarDate(iso: "9999-12-31")!
        #expect(throws: FormatError.self) { try Self.upload(["M801315810000,2025-09-01,AM,/"], period: huge) }
        #expect(throws: FormatError.self) { try Self.upload(["M801315810000,0001-01-01,AM,/", "M801315810000,9999-12-31,AM,/"]) }
    }

    @Test("a school year of marks is taken")
    func schoolYear() throws {
        let year = CalendarDate(iso: "2025-09-01")!...CalendarDate(iso: "2026-08-31")!
        let upload = try Self.upload(["M801315810000,2025-09-01,AM,/", "M801315810000,2026-07-22,PM,/"], period: year)
        #expect(upload.markCount == 2 && upload.period == year)
    }
}
