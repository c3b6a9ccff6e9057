import SharewellCore
import Testing

@Suite("A children's centre's reach by month of birth")
struct BirthReachTests {
    typealias Reach = BirthReach.Reach

    static func births(_ year: Int, _ month: Int, born: Int, registered: Int) -> [BirthReach.Birth] {
        let day = CalendarDate(year: year, month: month, day: 1)!
        return (0..<born).map { BirthReach.Birth(born: day.advanced(by: $0 % 28), registered: $0 < registered) }
    }

    @Test("reach is registered ÷ born to one decimal, rounded half away from zero on the exact fraction")
    func rounding() {
        #expect(Reach.of(registered: 1, births: 8) == .percent(tenths: 125))
        #expect(Reach.of(registered: 1, births: 16) == .percent(tenths: 63))  // 6.25 → 6.3
        #expect(Reach.of(registered: 3, births: 16) == .percent(tenths: 188))  // 18.75 → 18.8
        #expect(Reach.of(registered: 1, births: 3) == .percent(tenths: 333))
        #expect(Reach.of(registered: 2, births: 3) == .percent(tenths: 667))
        #expect(Reach.of(registered: 0, births: 9) == .percent(tenths: 0))
        #expect(Reach.of(registered: 9, births: 9) == .percent(tenths: 1000))
        #expect(Reach.of(registered: 1, births: 0) == .noBirths)
        #expect(Reach.of(registered: 2, births: 3).description == "66.7%")
        #expect(Reach.of(registered: 9, births: 9).description == "100.0%")
        #expect(Reach.of(registered: 0, births: 9).description == "0.0%")
    }

    @Test("no count traps: the largest counts, negative and impossible ones")
    func noTrap() {
        #expect(Reach.of(registered: .max, births: .max) == .percent(tenths: 1000))
        #expect(Reach.of(registered: .max - 1, births: .max) == .percent(tenths: 1000))
        #expect(Reach.of(registered: .max / 2, births: .max) == .percent(tenths: 500))
        #expect(Reach.of(registered: -5, births: 10) == .percent(tenths: 0))
        #expect(Reach.of(registered: 12, births: 10) == .percent(tenths: 1000))
        #expect(Reach.of(registered: 0, births: -1) == .noBirths)
        let far = BirthReach.Month(year: .max, month: 12)
        #expect(BirthReach.byMonth([], from: far, through: far).count == 1)
    }

    @Test("counts 1 to 7 are starred and take the reach with them; so is a count a small complement would give away")
    func suppression() {
        let all = Self.births(2026, 1, born: 20, registered: 12)  // shown
            + Self.births(2026, 2, born: 10, registered: 5)  // registered 5: starred
            + Self.births(2026, 3, born: 12, registered: 10)  // 2 not registered: 12 − 10 would say so
            + Self.births(2026, 5, born: 3, registered: 3)  // every count small
            + Self.births(2026, 6, born: 9, registered: 0)  // no one registered: 0 is shown
        let rows = BirthReach.byMonth(all, from: .init(year: 2026, month: 1), through: .init(year: 2026, month: 6))
        #expect(rows.map(\.month.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        #expect(rows.map(\.births.description) == ["20", "10", "12", "0", "*", "9"])
        #expect(rows.map(\.registered.description) == ["12", "*", "*", "0", "*", "0"])
        #expect(rows.map(\.reach.description) == ["60.0%", "*", "*", "–", "*", "0.0%"])
        #expect(rows[3].reach == .noBirths)
    }

    @Test("every month of the range, across a year's end; births outside it are not counted")
    func months() {
        let all = Self.births(2025, 11, born: 30, registered: 30) + Self.births(2025, 12, born: 8, registered: 8) + Self.births(2026, 1, born: 10, registered: 2)
        let rows = BirthReach.byMonth(all, from: .init(year: 2025, month: 12), through: .init(year: 2026, month: 2))
        #expect(rows.map(\.month.description) == ["2025-12", "2026-01", "2026-02"])
        #expect(rows[0].births == .shown(8) && rows[0].registered == .shown(8) && rows[0].reach == .percent(tenths: 1000))
        #expect(rows[1].births == .shown(10) && rows[1].registered == .suppressed)
        #expect(BirthReach.byMonth(all, from: .init(year: 2026, month: 2), through: .init(year: 2025, month: 12)).isEmpty)
    }
}
