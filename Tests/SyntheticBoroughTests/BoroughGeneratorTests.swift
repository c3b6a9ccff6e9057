import SharewellCore
import SyntheticBorough
import Testing

@Suite("Synthetic borough")
struct BoroughGeneratorTests {
    static func households(people: Int, seed: UInt64) -> (BoroughPlan, [BoroughHousehold]) {
        var generator = BoroughGenerator(people: people, seed: seed)
        var households: [BoroughHousehold] = []
        while let household = generator.nextHousehold() { households.append(household) }
        return (generator.plan, households)
    }

    static let borough = households(people: 5_000, seed: 42)
    static var people: [BoroughPerson] { borough.1.flatMap(\.people) }
    static var records: [SourceRecord] { borough.1.flatMap(\.records) }

    @Test("the same seed gives the same borough; another seed a different one")
    func deterministic() {
        let (planA, a) = Self.households(people: 1_000, seed: 7)
        let (planB, b) = Self.households(people: 1_000, seed: 7)
        let (_, c) = Self.households(people: 1_000, seed: 8)
        #expect(planA.organisations == planB.organisations)
        #expect(a.flatMap(\.records) == b.flatMap(\.records))
        #expect(a.flatMap(\.attendance) == b.flatMap(\.attendance))
        #expect(a.flatMap(\.records) != c.flatMap(\.records))
    }

    @Test("it has the people asked for, in households of about 2.4")
    func size() {
        let count = Self.people.count
        #expect(count >= 5_000 && count < 5_030)
        let perHousehold = Double(count) / Double(Self.borough.1.count)
        #expect(perHousehold > 2.0 && perHousehold < 3.0)
        #expect(Set(Self.people.map(\.key)).count == count)
    }

    @Test("NHS numbers are valid, unique, and all from the 999 test range")
    func nhsNumbers() throws {
        let numbers = Self.people.compactMap(\.nhsNumber)
        #expect(numbers.count == Self.people.count)
        #expect(numbers.allSatisfy { $0.isTestNumber })
        #expect(Set(numbers).count == numbers.count)
        for record in Self.records { if let n = record.nhsNumber { #expect(try NHSNumber(n).isTestNumber) } }
    }

    @Test("every pupil has a valid, unique UPN and a year of marks with DfE codes")
    func pupils() throws {
        let pupils = Self.records.filter { $0.source == .schoolRoll }
        #expect(!pupils.isEmpty)
        for pupil in pupils { _ = try UPN(pupil.localID) }
        #expect(Set(pupils.map(\.localID)).count == pupils.count)
        let years = Self.borough.1.flatMap(\.attendance)
        #expect(years.count == pupils.count)
        let year = SchoolYearCalendar(startingIn: 2025)
        #expect((185...195).contains(year.schoolDays.count))
        for marks in years.prefix(200) {
            #expect(marks.marks.count == 2 * (marks.firstDay.distance(to: marks.lastDay) + 1))
            for (offset, day) in (marks.firstDay...marks.lastDay).enumerated() {
                let am = marks.marks[marks.marks.index(marks.marks.startIndex, offsetBy: 2 * offset)]
                #expect((am == "-") == !year.schoolDays.contains(day))
                if am != "-" { #expect(AttendanceCode(compactSymbol: am) != nil) }
            }
        }
    }

    @Test("attendance varies: most pupils attend well, some are persistently absent")
    func attendanceSpread() {
        let rates = Self.borough.1.flatMap(\.attendance).map { year -> Double in
            let sessions = year.marks.compactMap { AttendanceCode(compactSymbol: $0) }.filter(\.isPossible)
            return Double(sessions.filter(\.isAttended).count) / Double(sessions.count)
        }
        let persistent = rates.filter { $0 <= 0.9 }.count
        #expect(persistent > rates.count / 20 && persistent < rates.count / 2)
        #expect(rates.contains { $0 < 0.5 })
    }

    @Test("every record belongs to an organisation in the directory")
    func owners() {
        let codes = Set(Self.borough.0.organisations.map(\.code))
        #expect(Self.records.allSatisfy { codes.contains($0.owner) })
        #expect(Self.records.compactMap(\.registeredPracticeCode).allSatisfy { codes.contains($0) })
    }

    @Test("every organisation has a safeguarding lead with a secure email and direct line")
    func leads() {
        for entry in Self.borough.0.organisations {
            #expect(entry.safeguardingLead.secureEmail.hasSuffix(".example"))
            #expect(entry.safeguardingLead.directPhone.hasPrefix("0161 496 0"))
            #expect(entry.safeguardingLead.directPhone.count == 13)
            #expect(entry.deputySafeguardingLead != nil)
        }
        let centres = Self.borough.0.organisations.filter { $0.kind == .childrensCentre }
        #expect(centres.count >= 2 && centres.allSatisfy { !$0.catchment.isEmpty })
    }

    @Test("each introduced fault is recorded with the true value it replaced")
    func faults() throws {
        let byKey = Dictionary(uniqueKeysWithValues: Self.people.map { ($0.key, $0) })
        let faulty = Self.records.filter { !$0.faults.isEmpty }
        for kind in RecordedFault.Kind.allCases { #expect(faulty.contains { $0.faults.contains { $0.kind == kind } }, "\(kind)") }
        for record in faulty {
            let person = try #require(byKey[record.personKey])
            for fault in record.faults {
                switch fault.kind {
                case .nickname: #expect(fault.trueValue == person.givenName && record.givenName != person.givenName)
                case .typo: #expect(fault.trueValue == person.familyName && record.familyName != person.familyName)
                case .swappedDayMonth: #expect(fault.trueValue == person.dateOfBirth.description && record.dateOfBirth != fault.trueValue)
                case .missingNHSNumber: #expect(fault.trueValue == person.nhsNumber?.digits && record.nhsNumber == nil)
                case .movedHouse: #expect(!fault.trueValue.hasPrefix(record.addressLine + ", " + record.postcode))
                }
            }
        }
        let clean = Self.records.filter(\.faults.isEmpty)
        #expect(clean.allSatisfy { byKey[$0.personKey]!.givenName == $0.givenName && byKey[$0.personKey]!.dateOfBirth.description == $0.dateOfBirth })
    }

    @Test("institutions with many unrelated residents are there to test household handling")
    func institutions() {
        let kinds = Self.borough.1.map(\.kind)
        #expect(kinds.contains(.childrensHome))
        #expect(kinds.contains(.hostel))
        #expect(Self.borough.1.filter { $0.kind == .hostel }.allSatisfy { $0.people.count >= 10 })
    }
}
