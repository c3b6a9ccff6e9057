import SharewellCore

/// Builds a fictional borough household by household, deterministically for a seed
/// (ARCHITECTURE.md, "Synthetic borough"). Households stream out one at a time, so two
/// million people never sit in memory at once.
///
/// ```swift
/// var borough = BoroughGenerator(people: 1_000, seed: 1)
/// while let household = borough.nextHousehold() { … }
/// ```
public struct BoroughGenerator: Sendable {
    public let targetPeople: Int
    public let plan: BoroughPlan
    public let schoolYear: SchoolYearCalendar
    /// Ages are as on 31 August before the school year starts, as schools count them.
    public let ageDate: CalendarDate
    /// The last day with marks: a school year under way has none after today.
    public let marksUntil: CalendarDate?

    private var rng: SeededGenerator
    private var peopleMade = 0
    private var householdsMade = 0
    private var nhsNumbers = NHSNumberAllocator()
    private var emisNumbers: [String: Int] = [:]
    private var upnSerials: [String: Int] = [:]
    private var councilReferences = 0
    private var institutionsMade = 0

    public init(people: Int, seed: UInt64, schoolYearStartingIn year: Int = 2025, marksUntil: CalendarDate? = nil) {
        targetPeople = people
        var rng = SeededGenerator(seed: seed)
        plan = BoroughPlan(people: people, using: &rng)
        self.rng = rng
        schoolYear = SchoolYearCalendar(startingIn: year)
        ageDate = CalendarDate(year: year, month: 8, day: 31)!
        self.marksUntil = marksUntil
    }

    /// The school year under way on `day` (the one starting the September before, or on it).
    public static func schoolYear(on day: CalendarDate) -> Int { day.month >= 9 ? day.year : day.year - 1 }

    /// The next household, or `nil` once the borough has its people.
    public mutating func nextHousehold() -> BoroughHousehold? {
        guard peopleMade < targetPeople else { return nil }
        householdsMade += 1
        // One children's home and one hostel per 5,000 people: the "super families" of seed 002.
        let kind: HouseholdKind = institutionsMade < 2 * max(1, targetPeople / 5_000) && householdsMade % 97 == 50
            ? (institutionsMade % 2 == 0 ? .childrensHome : .hostel) : .family
        if kind != .family { institutionsMade += 1 }
        let street = rng.int(0...(plan.streets.count - 1))
        let (line, postcode) = plan.address(street: street, house: rng.int(1...120), flat: kind == .family && rng.chance(0.15) ? rng.int(1...12) : nil)
        let members = makeMembers(kind)
        var people: [BoroughPerson] = []
        for member in members {
            peopleMade += 1
            people.append(BoroughPerson(key: peopleMade, householdKey: householdsMade, givenName: member.given, familyName: member.family,
                                        dateOfBirth: member.dateOfBirth, sex: member.sex, nhsNumber: nhsNumbers.next(using: &rng)))
        }
        var records: [SourceRecord] = [], attendance: [PupilAttendanceYear] = []
        let practice = practiceFor(district: plan.streets[street].district)
        for person in people {
            let home = (line, postcode.value)
            if rng.chance(0.97) { records.append(gpRecord(person, home: home, practice: practice)) }
            let age = person.dateOfBirth.age(on: ageDate)
            if (4...15).contains(age) {
                let pupil = pupilRecord(person, age: age, home: home, practice: practice, district: plan.streets[street].district)
                records.append(pupil.record)
                attendance.append(pupil.attendance)
            }
            if age < 18 || kind != .family || rng.chance(0.45) { records.append(councilRecord(person, home: home)) }
        }
        return BoroughHousehold(key: householdsMade, kind: kind, addressLine: line, postcode: postcode,
                                people: people, records: records, attendance: attendance)
    }

    private struct Member { var given: String; var family: String; var dateOfBirth: CalendarDate; var sex: Sex }

    /// Who lives here: couples and single parents with children, adults alone or together,
    /// three generations, twins, a junior named after a parent, or an institution's residents.
    private mutating func makeMembers(_ kind: HouseholdKind) -> [Member] {
        switch kind {
        case .childrensHome: return (0..<rng.int(5...9)).map { _ in member(age: rng.int(8...17), family: rng.pick(Names.family)) }
        case .hostel: return (0..<rng.int(10...20)).map { _ in member(age: rng.int(18...60), family: rng.pick(Names.family)) }
        case .family: break
        }
        let family = rng.pick(Names.family)
        switch rng.int(1...100) {
        // Roughly England's mix (ONS families and households): about 2.4 people a household.
        case 1...28: return withChildren(parents: 2, family: family, grandparent: false)
        case 29...38: return withChildren(parents: 1, family: family, grandparent: false)
        case 39...68: return [member(age: rng.int(18...92), family: family)]
        case 69...95:
            let age = rng.int(18...85)
            return [member(age: age, family: family, sex: .female), member(age: age + rng.int(-4...6), family: family, sex: .male)]
        default: return withChildren(parents: 2, family: family, grandparent: true)
        }
    }

    /// Parents and 1–4 children (most often two): now and then a twin, a child with another surname, or a junior
    /// who shares a parent's given name (the cases that fool record linkage).
    private mutating func withChildren(parents: Int, family: String, grandparent: Bool) -> [Member] {
        let parentAge = rng.int(22...50)
        var adults = [member(age: parentAge, family: family)]
        if parents == 2 { adults.append(member(age: parentAge + rng.int(-4...6), family: family, sex: adults[0].sex == .female ? .male : .female)) }
        var children: [Member] = []
        for _ in 0..<rng.pick([1, 1, 2, 2, 2, 3, 4]) {
            let age = max(0, min(17, parentAge - rng.int(20...34)))
            var child = member(age: age, family: rng.chance(0.1) ? rng.pick(Names.family) : family)
            if rng.chance(0.03), let parent = adults.first(where: { $0.sex == child.sex }) { child.given = parent.given }
            children.append(child)
            if rng.chance(0.02) { children.append(member(age: age, family: child.family, born: child.dateOfBirth)) }
        }
        if grandparent { adults.append(member(age: min(95, parentAge + rng.int(22...32)), family: family)) }
        return adults + children
    }

    private mutating func member(age: Int, family: String, sex: Sex? = nil, born: CalendarDate? = nil) -> Member {
        let sex = sex ?? (rng.chance(0.5) ? .female : .male)
        let dob = born ?? ageDate.advanced(by: -(age * 365 + age / 4) - rng.int(0...364))
        return Member(given: rng.pick(sex == .female ? Names.female : Names.male), family: family, dateOfBirth: dob, sex: sex)
    }

    private mutating func practiceFor(district: Int) -> String {
        let local = plan.practices.filter { $0.district == district }
        return rng.pick(local.isEmpty || rng.chance(0.1) ? plan.practices : local).code
    }

    private mutating func gpRecord(_ person: BoroughPerson, home: (String, String), practice: String) -> SourceRecord {
        emisNumbers[practice, default: 1_000] += rng.int(1...3)
        var record = baseRecord(person, owner: practice, source: .gpRegistration, localID: String(emisNumbers[practice]!), home: home)
        introduceFaults(&record, person: person, rates: .gp)
        return record
    }

    private mutating func councilRecord(_ person: BoroughPerson, home: (String, String)) -> SourceRecord {
        councilReferences += 1
        let reference = "AW" + String(String(councilReferences + 10_000_000).suffix(7))
        var record = baseRecord(person, owner: "\(BoroughPlan.localAuthority)-EH", source: .councilIndex, localID: reference, home: home)
        introduceFaults(&record, person: person, rates: .council)
        return record
    }

    private mutating func pupilRecord(_ person: BoroughPerson, age: Int, home: (String, String), practice: String, district: Int)
        -> (record: SourceRecord, attendance: PupilAttendanceYear) {
        let schools = age <= 10 ? plan.primarySchools : plan.secondarySchools
        let local = schools.filter { $0.district == district }
        let school = rng.pick(local.isEmpty || rng.chance(0.15) ? schools : local)
        let yearOfEntry = (ageDate.year - (age - 4)) % 100
        let serialKey = "\(school.establishment)-\(yearOfEntry)"
        upnSerials[serialKey, default: 0] += 1
        let body = "\(BoroughPlan.localAuthority)\(school.establishment)\(yearOfEntry < 10 ? "0" : "")\(yearOfEntry)\(String(1_000 + upnSerials[serialKey]!).suffix(3))"
        var record = baseRecord(person, owner: school.urn, source: .schoolRoll, localID: try! UPN.completing(body).value, home: home)
        record.registeredPracticeCode = rng.chance(0.85) ? practice : nil
        introduceFaults(&record, person: person, rates: .school)
        let marks = AttendanceSimulation.marks(for: schoolYear, until: marksUntil, using: &rng)
        return (record, PupilAttendanceYear(recordID: record.id, school: school.urn, firstDay: schoolYear.firstDay, lastDay: schoolYear.lastDay, marks: marks))
    }

    private mutating func baseRecord(_ person: BoroughPerson, owner: String, source: RecordSource, localID: String, home: (String, String)) -> SourceRecord {
        SourceRecord(id: rng.uuidString(), owner: owner, source: source, localID: localID, personKey: person.key,
                     givenName: person.givenName, familyName: person.familyName, dateOfBirth: person.dateOfBirth.description,
                     sex: person.sex, addressLine: home.0, postcode: home.1, nhsNumber: person.nhsNumber?.digits,
                     registeredPracticeCode: nil, faults: [])
    }

    private mutating func introduceFaults(_ record: inout SourceRecord, person: BoroughPerson, rates: FaultRates) {
        var faults = DataQualityFaults(rng: rng)
        faults.apply(to: &record, person: person, rates: rates, plan: plan)
        rng = faults.rng
    }
}

/// Hands out NHS numbers from the 999 test range, each once, in a scrambled order.
struct NHSNumberAllocator: Sendable {
    private var counter = 0

    /// `nil` once the range is used up (about 909,000 valid numbers): later people have none.
    mutating func next(using rng: inout SeededGenerator) -> NHSNumber? {
        while counter < 1_000_000 {
            // 7,919 is prime to 10^6, so this walks every six-digit body exactly once.
            let body = (counter * 7_919 + 123_457) % 1_000_000
            counter += 1
            let digits = [9, 9, 9] + String(1_000_000 + body).dropFirst().compactMap(\.wholeNumberValue)
            if let number = NHSNumber.completing(digits) { return number }
        }
        return nil
    }
}
