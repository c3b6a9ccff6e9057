import SharewellCore
import Testing

@Suite("DfE attendance codes")
struct AttendanceCodeTests {
    /// STANDARDS.md's table, written out again by hand so a change to the code is caught.
    static let table: [(String, AttendanceCode.Group)] = [
        ("/", .present), ("\\", .present), ("L", .present),
        ("B", .approvedActivity), ("K", .approvedActivity), ("P", .approvedActivity), ("V", .approvedActivity), ("W", .approvedActivity),
        ("C", .authorisedAbsence), ("C1", .authorisedAbsence), ("C2", .authorisedAbsence), ("E", .authorisedAbsence), ("I", .authorisedAbsence),
        ("J1", .authorisedAbsence), ("M", .authorisedAbsence), ("R", .authorisedAbsence), ("S", .authorisedAbsence), ("T", .authorisedAbsence),
        ("G", .unauthorisedAbsence), ("N", .unauthorisedAbsence), ("O", .unauthorisedAbsence), ("U", .unauthorisedAbsence),
        ("X", .notCounted), ("Y1", .notCounted), ("Y2", .notCounted), ("Y3", .notCounted), ("Y4", .notCounted), ("Y5", .notCounted),
        ("Y6", .notCounted), ("Y7", .notCounted), ("Z", .notCounted), ("#", .notCounted), ("D", .notCounted), ("Q", .notCounted),
    ]

    @Test("every code counts as the standard says", arguments: table)
    func groups(_ code: String, _ group: AttendanceCode.Group) throws {
        let parsed = try #require(AttendanceCode(rawValue: code))
        #expect(parsed.group == group)
        #expect(parsed.isPossible == (group != .notCounted))
        #expect(parsed.isAttended == (group == .present || group == .approvedActivity))
    }

    @Test("the table covers every code")
    func complete() {
        #expect(Set(Self.table.map(\.0)) == Set(AttendanceCode.allCases.map(\.rawValue)))
    }

    @Test("each code has its own compact symbol, and it reads back")
    func compactSymbols() {
        #expect(Set(AttendanceCode.allCases.map(\.compactSymbol)).count == AttendanceCode.allCases.count)
        for code in AttendanceCode.allCases { #expect(AttendanceCode(compactSymbol: code.compactSymbol) == code) }
        #expect(AttendanceCode(compactSymbol: "-") == nil)
    }
}
