import FluentKit
import Foundation
import SQLKit
import SharewellCore
import SyntheticBorough

/// One patient as the council received them in the practice's list.
struct CopiedPatient: Decodable, Equatable {
    var practicePatientID: String
    var givenName: String
    var familyName: String
    var dateOfBirth: String
    var sex: String
    /// The address line and the postcode, as the gate sends it ("1 High Street, AB1 2CD").
    var address: String
    var postcode: String
    enum CodingKeys: String, CodingKey {
        case practicePatientID = "practice_patient_id", givenName = "given_name", familyName = "family_name"
        case dateOfBirth = "date_of_birth", sex, address, postcode
    }
}

/// A slip one copy of a record picks up on its way through a practice's system, the kinds the
/// borough's generator scatters at random (`DataQualityFaults`), here put in by hand so a given
/// seed and date always leave the same pairs to review.
enum CopyFault: Equatable {
    /// A diminutive for the given name; two letters of the family name, or of the given name,
    /// typed the wrong way round; given and family names swapped; day and month of birth swapped;
    /// the year of birth a year out; the sex entered wrongly.
    case nickname, typo, givenTypo, swappedNames, swappedDayMonth, yearSlip, sexWrong
    /// Known now by a step-parent's family name: that of `from`, another patient of the practice.
    case newFamilyName(from: CopiedPatient)
    /// Moved house since: the address of `to`, another patient of the practice.
    case movedHouse(to: CopiedPatient)

    /// Whether the fault can change this patient (a nickname needs a name that has one; a
    /// swapped day and month, a day that can be a month).
    func fits(_ p: CopiedPatient) -> Bool {
        switch self {
        case .nickname: SyntheticBorough.nickname(of: p.givenName) != nil
        case .swappedDayMonth: CalendarDate(iso: p.dateOfBirth).map { $0.day <= 12 && $0.day != $0.month } ?? false
        case .movedHouse(let to): to.postcode != p.postcode
        case .typo, .swappedNames: p.familyName.count >= 3
        case .givenTypo: p.givenName.count >= 4
        case .sexWrong: p.sex == "M" || p.sex == "F"
        case .yearSlip: true
        case .newFamilyName(let from): from.familyName != p.familyName
        }
    }

    func apply(to p: inout CopiedPatient) {
        switch self {
        case .nickname: p.givenName = SyntheticBorough.nickname(of: p.givenName) ?? p.givenName
        case .typo:
            // Two letters typed the wrong way round, as a receptionist in a hurry does.
            var letters = Array(p.familyName)
            letters.swapAt(1, 2)
            p.familyName = letters[1] == letters[2] ? p.familyName + "e" : String(letters)
        case .givenTypo:
            var letters = Array(p.givenName)
            letters.swapAt(1, 2)
            p.givenName = letters[1] == letters[2] ? p.givenName + "e" : String(letters)
        case .sexWrong: p.sex = p.sex == "M" ? "F" : "M"
        case .yearSlip: if let d = CalendarDate(iso: p.dateOfBirth), let slipped = CalendarDate(year: d.year - 1, month: d.month, day: d.month == 2 && d.day == 29 ? 28 : d.day) { p.dateOfBirth = slipped.description }
        case .swappedNames: (p.givenName, p.familyName) = (p.familyName, p.givenName)
        case .swappedDayMonth:
            if let d = CalendarDate(iso: p.dateOfBirth), let swapped = CalendarDate(year: d.year, month: d.day, day: d.month) { p.dateOfBirth = swapped.description }
        case .movedHouse(let to): (p.address, p.postcode) = (to.address, to.postcode)
        case .newFamilyName(let from): p.familyName = from.familyName
        }
    }
}

extension DemoScenario {
    /// The faults put into the council's copy of the practice's list, one set a patient. One slip
    /// alone still links with certainty; these combinations leave the engine's match probability
    /// around 0.1 to 0.7 (how sure it is depends on the borough's size and how common the names
    /// are), so at any size a few of these pairs wait for the council worker (issue 16: "pairs to
    /// review"), and the rest are linked or left unmatched as a real list's would be.
    static func patientListFaults(movingTo home: CopiedPatient) -> [[CopyFault]] {
        let moved = CopyFault.movedHouse(to: home), renamed = CopyFault.newFamilyName(from: home)
        return [[renamed, .sexWrong], [renamed, moved], [.yearSlip, .nickname, moved], [.yearSlip, .sexWrong, .nickname],
                [.swappedDayMonth, .sexWrong, .nickname, moved], [.yearSlip, .sexWrong], [.yearSlip, moved], [.sexWrong, .givenTypo, moved]]
    }

    /// Puts `patientListFaults` into the patient list the council received, each set into a patient
    /// both the practice and the council hold faultless (not one of the cases of concern, whose
    /// links the case discussion needs), chosen in the borough's order: the same seed and date
    /// give the same patients the same faults.
    static func faultPatientList(_ extractID: UUID, database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let candidates = try await knownToBoth(database, after: casesOfConcern, limit: 200).map(\.practicePatientID)
        let copies = try await sql.raw("""
            SELECT practice_patient_id, given_name, family_name, date_of_birth, sex, address, postcode FROM early_help_extract_people
            WHERE extract_id = \(bind: extractID) AND practice_patient_id IN (\(binds: candidates))
            """).all(decoding: CopiedPatient.self)
        let byID = Dictionary(copies.map { ($0.practicePatientID, $0) }) { a, _ in a }
        var patients = candidates.compactMap { byID[$0] }
        guard let home = patients.popLast() else { return }
        for faults in patientListFaults(movingTo: home) {
            guard let index = patients.firstIndex(where: { p in faults.allSatisfy { $0.fits(p) } }) else { continue }
            var copy = patients.remove(at: index)
            for fault in faults { fault.apply(to: &copy) }
            try await sql.raw("""
                UPDATE early_help_extract_people SET given_name = \(bind: copy.givenName), family_name = \(bind: copy.familyName),
                date_of_birth = \(bind: copy.dateOfBirth), sex = \(bind: copy.sex), address = \(bind: copy.address), postcode = \(bind: copy.postcode)
                WHERE extract_id = \(bind: extractID) AND practice_patient_id = \(bind: copy.practicePatientID)
                """).run()
        }
    }
}
