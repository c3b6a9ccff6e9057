import Foundation
import PropertyBased
import SharewellCore
@testable import Stratify
import Testing

@Suite("Stratification")
struct StratificationTests {
    static let asOf = CalendarDate(iso: "2026-08-31")!

    static func profile(_ text: String, asOf: CalendarDate = asOf, months: Int = 6) throws -> IndicatorProfile {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in try IndicatorProfile(csv: buffer, window: IndicatorProfile.window(asOf: asOf, months: months)) }
    }

    static func problem(_ text: String) -> IndicatorProfile.Problem? {
        do { _ = try profile(text); return nil } catch { return error as? IndicatorProfile.Problem }
    }

    @Test("the window runs from the day after the as-of date less six months to the as-of date")
    func window() {
        #expect(IndicatorProfile.window(asOf: Self.asOf, months: 6) == CalendarDate(iso: "2026-03-01")!...Self.asOf)
        #expect(IndicatorProfile.window(asOf: CalendarDate(iso: "2026-03-31")!, months: 1) == CalendarDate(iso: "2026-03-01")!...CalendarDate(iso: "2026-03-31")!)
    }

    @Test("codes count once, need one health and one non-health, and rank by flags then id as text")
    func ranking() throws {
        let text = """
            person_id,household_id,code,category,date
            P2,H1,GP1,health,2026-08-01
            P2,H1,GP1,health,2026-08-02
            P2,H1,ASB,non-health,2026-08-03
            P10,H1,GP2,health,2026-08-01
            P10,H1,DV,non-health,2026-08-01
            P3,,GP1,health,2026-08-01
            P3,,GP2,health,2026-08-01
            """
        let s = Stratification(try Self.profile(text))
        #expect(s.ranked(.person, minFlags: 1).map(\.id) == ["P10", "P2"])
        #expect(s.ranked(.person, minFlags: 2).map { [$0.flags, $0.healthFlags, $0.nonHealthFlags] } == [[2, 1, 1], [2, 1, 1]])
        #expect(s.ranked(.household, minFlags: 4) == [.init(id: "H1", flags: 4, healthFlags: 2)])
        #expect(s.sweep(upTo: 4) == [.init(minFlags: 1, persons: 2, households: 1), .init(minFlags: 2, persons: 2, households: 1),
                                     .init(minFlags: 3, persons: 0, households: 1), .init(minFlags: 4, persons: 0, households: 1)])
    }

    @Test("more than 64 distinct codes are still counted exactly")
    func manyCodes() throws {
        let rows = (0..<70).map { "P1,H1,C\($0),\($0 % 7 == 0 ? "health" : "non-health"),2026-08-01" }
        let s = Stratification(try Self.profile("person_id,household_id,code,category,date\n" + rows.joined(separator: "\n")))
        #expect(s.ranked(.person, minFlags: 70) == [.init(id: "P1", flags: 70, healthFlags: 10)])
    }

    @Test("bad input names its line and field", arguments: [
        ("person,household,code,category,date\n", 1, "header"),
        ("person_id,household_id,code,category,date\nP1,H1,GP1,health\n", 2, "row"),
        ("person_id,household_id,code,category,date\nP1,H1,GP1,medical,2026-01-01\n", 2, "category"),
        ("person_id,household_id,code,category,date\nP1,H1,GP1,health,2026-02-30\n", 2, "date"),
        ("person_id,household_id,code,category,date\n,H1,GP1,health,2026-02-01\n", 2, "person_id"),
        ("person_id,household_id,code,category,date\nP1,H1,GP1,health,2026-02-01\nP2,H1,GP1,non-health,2026-02-01\n", 3, "category"),
    ])
    func problems(_ text: String, _ line: Int, _ field: String) {
        let problem = Self.problem(text)
        #expect(problem?.line == line && problem?.field == field, "\(String(describing: problem))")
    }

    /// The rule written out plainly over rows, to check the bit sets against.
    static func reference(_ rows: [(person: Int, household: Int?, code: Int, day: Int)], window: ClosedRange<Int>, health: (Int) -> Bool, minFlags: Int) -> [String: Int] {
        var codes: [String: Set<Int>] = [:]
        for row in rows where window.contains(row.day) { codes["P\(row.person)", default: []].insert(row.code) }
        return codes.filter { $0.value.count >= minFlags && $0.value.contains(where: health) && !$0.value.allSatisfy(health) }.mapValues(\.count)
    }

    @Test("random indicator files give the same people as the rule written out plainly")
    func matchesReference() async {
        let row = PropertyBased.zip(Gen.int(in: 0...30), Gen.int(in: 0...9), Gen.int(in: 0...11), Gen.int(in: -220...20))
        await propertyCheck(count: 200, input: row.array(of: 0...80), Gen.int(in: 1...4)) { generated, minFlags in
            let rows = generated.map { (person: $0.0, household: $0.1 == 0 ? nil : $0.1, code: $0.2, day: Self.asOf.dayNumber + $0.3) }
            let health = { (code: Int) in code % 3 == 0 }
            let text = "person_id,household_id,code,category,date\n" + rows.map {
                "P\($0.person),\($0.household.map { "H\($0)" } ?? ""),C\($0.code),\(health($0.code) ? "health" : "non-health"),\(CalendarDate(dayNumber: $0.day))"
            }.joined(separator: "\n")
            let window = IndicatorProfile.window(asOf: Self.asOf, months: 6)
            let ranked = Stratification(try! Self.profile(text)).ranked(.person, minFlags: minFlags)
            let expected = Self.reference(rows, window: window.lowerBound.dayNumber...window.upperBound.dayNumber, health: health, minFlags: minFlags)
            #expect(Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, $0.flags) }) == expected)
            #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.flags > $1.flags || ($0.flags == $1.flags && $0.id < $1.id) })
        }
    }

    static func fromFile(_ text: String, parts: Int) throws -> IndicatorProfile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try IndicatorProfile(file: url.path, window: IndicatorProfile.window(asOf: asOf, months: 6), parts: parts)
    }

    @Test("a file read by several workers at once, each keeping its share of the ids, gives what one pass gives")
    func parts() async throws {
        let row = PropertyBased.zip(Gen.int(in: 0...30), Gen.int(in: 0...9), Gen.int(in: 0...70), Gen.int(in: -220...20))
        await propertyCheck(count: 100, input: row.array(of: 0...120), Gen.int(in: 2...7)) { generated, parts in
            let text = "person_id,household_id,code,category,date\r\n" + generated.map {
                // Short ids and long ones (which the name table keeps differently).
                "\($0.0 % 2 == 0 ? "P" : "Person-with-a-long-id-")\($0.0),\($0.1 == 0 ? "" : "H\($0.1)"),C\($0.2),\($0.2 % 3 == 0 ? "health" : "non-health"),\(CalendarDate(dayNumber: Self.asOf.dayNumber + $0.3))\r\n"
            }.joined()
            let whole = Stratification(try! Self.profile(text)), split = Stratification(try! Self.fromFile(text, parts: parts))
            for level in Stratification.Level.allCases { #expect(whole.ranked(level, minFlags: 1) == split.ranked(level, minFlags: 1)) }
            #expect(whole.sweep() == split.sweep())
        }
    }

    @Test("with several workers, a problem late in the file, or a category that disagrees with an earlier line, names its line")
    func problemsAcrossParts() throws {
        let rows = (0..<40).map { "P\($0),H1,C\($0 % 5),\($0 % 5 == 0 ? "health" : "non-health"),2026-08-01" }
        func problem(_ rows: [String], parts: Int) -> IndicatorProfile.Problem? {
            do { _ = try Self.fromFile("person_id,household_id,code,category,date\n" + rows.joined(separator: "\n") + "\n", parts: parts); return nil } catch { return error as? IndicatorProfile.Problem }
        }
        var bad = rows
        bad[35] = "P35,H1,C9,health,2026-13-01"
        bad[37] = "P37,H1,C1,health,2026-08-01"
        for parts in 1...4 { #expect(problem(bad, parts: parts) == .init(line: 37, field: "date", message: "‘2026-13-01’ is not a date written YYYY-MM-DD."), "\(parts) parts") }
        var conflict = rows
        conflict[30] = "P30,H1,C2,health,2026-08-01"
        conflict[33] = "P33,,,health,2026-08-01"
        for parts in 1...4 { #expect(problem(conflict, parts: parts) == .init(line: 32, field: "category", message: "C2 is non-health on an earlier line"), "\(parts) parts") }
    }
}
