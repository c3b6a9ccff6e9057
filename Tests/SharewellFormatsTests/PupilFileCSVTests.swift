import SharewellCore
@testable import SharewellFormats
import Testing

@Suite("The pupil file")
struct PupilFileCSVTests {
    static let header = "upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods\n"

    static func read(_ text: String) throws -> [PupilRow] {
        let bytes = Array((header + text).utf8)
        return try bytes.withUnsafeBufferPointer { try PupilFileCSV.read($0) }
    }

    static func problems(_ text: String) -> [String] {
        do { _ = try read(text); return [] } catch let error as FormatError { return error.problems.map { "\($0.line) \($0.field)" } } catch { return ["\(error)"] }
    }

    @Test("a good row reads back normalised; NHS number and practice may be empty")
    func good() throws {
        let second = try UPN.completing("801200005002").value
        let rows = try Self.read("B801200005001, Ava ,Brown,2016-03-04,f,\"1 Mill Lane, Ashworth\",aw12ab,943 476 5919,p81001\n\(second),Ben,Brown,2017-05-06,M,1 Mill Lane,AW1 2AB,,\n")
        #expect(rows.count == 2)
        #expect(rows[0].givenName == "Ava" && rows[0].sex == .female && rows[0].address == "1 Mill Lane, Ashworth" && rows[0].postcode.value == "AW1 2AB")
        #expect(rows[0].nhsNumber?.digits == "9434765919" && rows[0].gpPractice == "P81001")
        #expect(rows[1].nhsNumber == nil && rows[1].gpPractice == nil && rows[1].line == 3)
    }

    @Test("every problem names its line and field")
    func problems() {
        let text = """
            A801200005001,,Brown,2016-02-30,X,,NOWHERE,943 476 5918,12345
            B801200005001,Ava,Brown,2016-03-04,F,1 Mill Lane,AW1 2AB,,
            B801200005001,Ava,Brown,2016-03-04,F,1 Mill Lane,AW1 2AB,,
            B801200005002,Ava
            """
        #expect(Self.problems(text) == ["2 upn", "2 given_name", "2 date_of_birth", "2 sex", "2 address", "2 postcode", "2 nhs_number", "2 gp_practice_ods",
                                        "4 upn", "5 row"])
    }
}
