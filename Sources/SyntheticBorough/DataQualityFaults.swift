import SharewellCore

/// The diminutive people give in place of `given` ("Bill" for William), if the borough's names have one.
public func nickname(of given: String) -> String? { Names.nicknames[given] }

/// How often each fault appears in one kind of copy.
struct FaultRates: Sendable {
    var typo: Double, nickname: Double, swappedDayMonth: Double, movedHouse: Double, missingNHSNumber: Double
    static let gp = FaultRates(typo: 0.03, nickname: 0.03, swappedDayMonth: 0.01, movedHouse: 0.05, missingNHSNumber: 0.02)
    static let school = FaultRates(typo: 0.03, nickname: 0.05, swappedDayMonth: 0.01, movedHouse: 0.03, missingNHSNumber: 0.35)
    static let council = FaultRates(typo: 0.04, nickname: 0.06, swappedDayMonth: 0.015, movedHouse: 0.06, missingNHSNumber: 0.5)
}

/// The faults real copies carry (typos, nicknames, swapped day and month, an old address, a
/// missing NHS number), each introduced with its true value recorded.
struct DataQualityFaults {
    var rng: SeededGenerator

    mutating func apply(to record: inout SourceRecord, person: BoroughPerson, rates: FaultRates, plan: BoroughPlan) {
        if rng.chance(rates.nickname), let short = Names.nicknames[record.givenName] {
            record.faults.append(.init(kind: .nickname, field: "given_name", trueValue: record.givenName))
            record.givenName = short
        }
        if rng.chance(rates.typo) {
            record.faults.append(.init(kind: .typo, field: "family_name", trueValue: record.familyName))
            record.familyName = typo(record.familyName)
        }
        let dob = person.dateOfBirth
        if rng.chance(rates.swappedDayMonth), dob.day <= 12, dob.day != dob.month,
           let swapped = CalendarDate(year: dob.year, month: dob.day, day: dob.month) {
            record.faults.append(.init(kind: .swappedDayMonth, field: "date_of_birth", trueValue: record.dateOfBirth))
            record.dateOfBirth = swapped.description
        }
        if rng.chance(rates.movedHouse) {
            record.faults.append(.init(kind: .movedHouse, field: "address", trueValue: "\(record.addressLine), \(record.postcode)"))
            let old = plan.address(street: rng.int(0...(plan.streets.count - 1)), house: rng.int(1...120), flat: nil)
            record.addressLine = old.line
            record.postcode = old.postcode.value
        }
        if record.nhsNumber != nil, rng.chance(rates.missingNHSNumber) {
            record.faults.append(.init(kind: .missingNHSNumber, field: "nhs_number", trueValue: record.nhsNumber!))
            record.nhsNumber = nil
        }
    }

    /// One keyboard slip: a swapped pair, a dropped, doubled or changed letter.
    private mutating func typo(_ name: String) -> String {
        var c = Array(name)
        guard c.count >= 3 else { return name + "e" }
        let i = rng.int(1...(c.count - 2))
        switch rng.int(0...3) {
        case 0: c.swapAt(i, i + 1)
        case 1: c.remove(at: i)
        case 2: c.insert(c[i], at: i)
        default: c[i] = rng.pick(Array("aeiournst").filter { $0 != c[i] })
        }
        let result = String(c)
        return result == name ? name + "e" : result
    }
}
