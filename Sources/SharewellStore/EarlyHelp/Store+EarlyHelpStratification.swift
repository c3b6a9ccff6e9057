import FluentKit
import Foundation
import Linkage
import SharewellCore
import Stratify

/// The choices a stratification run is made with (seed 002: six months, at least N codes).
public struct StratificationChoice: Sendable, Equatable, Codable {
    public var asOf: CalendarDate
    public var months: Int
    public var minFlags: Int
    /// Households with more members than this are held out for review as "super families".
    public var largestHousehold: Int

    public init(asOf: CalendarDate, months: Int = 6, minFlags: Int = 5, largestHousehold: Int = 10) {
        self.asOf = asOf; self.months = months; self.minFlags = minFlags; self.largestHousehold = largestHousehold
    }
}

/// A household not counted as one family: an institution the council marked, or implausibly many people at one address.
public struct HeldOutHousehold: Sendable, Equatable, Codable {
    public let id: String
    public let members: Int
    public let reason: String
}

/// A run as the analyst sees it: pseudonyms only, never a name or a reference.
public struct EarlyHelpStratification: Sendable, Codable {
    public let choice: StratificationChoice
    public let sweep: [Stratification.SweepRow]
    public let people: [Stratification.Ranked]
    public let households: [Stratification.Ranked]
    public let heldOut: [HeldOutHousehold]
    /// Indicator events counted, of which from practices' demand codes.
    public let events: Int
    public let demandCodes: Int
}

extension Store {
    /// Stratification in the secure box (issue 8, items 5–7): the council's indicators and the
    /// practices' demand codes (joined through the links the matching kept) per person and per
    /// household, by pseudonym. Only the analyst runs it; the result holds no name or reference.
    public func earlyHelpStratification(_ choice: StratificationChoice, by actor: ActingUser, at date: Date) async throws -> EarlyHelpStratification {
        guard actor.may(.viewPseudonymisedData) else { throw StoreError.notTheCouncil }
        let (result, _) = try await stratify(choice, by: actor)
        try await auditedTransaction { tx in
            try await AuditLog.append(.init(action: .stratified, subject: "organisation:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "as of \(choice.asOf), \(choice.months) months, at least \(choice.minFlags) codes: \(result.people.count) people, \(result.households.count) households"),
                                      by: actor, at: date, on: tx)
        }
        return result
    }

    /// The run, and each pseudonym's person, for those allowed to re-identify inside the council.
    func stratify(_ choice: StratificationChoice, by actor: ActingUser) async throws -> (EarlyHelpStratification, [String: PersonRecordModel]) {
        let councilID = try councilID(actor)
        let people = try await PersonRecordModel.held(by: actor, on: db).all()
        let pseudonyms = try pseudonyms(for: people, councilID: councilID)
        let byPseudonym = Dictionary(try people.compactMap { person in pseudonyms[try person.requireID()].map { ($0, person) } }) { first, _ in first }
        let (householdOf, heldOut) = try await households(people, pseudonyms, councilID: councilID, largest: choice.largestHousehold)

        var rows = "person_id,household_id,code,category,date\n", events = 0, demand = 0
        func add(_ person: UUID, _ code: String, _ day: String) {
            guard let pseudonym = pseudonyms[person], let indicator = IndicatorCatalogue.indicator(code) else { return }
            rows += "\(pseudonym),\(householdOf[person] ?? ""),\(code),\(indicator.category.rawValue),\(day)\n"
            events += 1
        }
        for event in try await EarlyHelpIndicatorModel.query(on: db).filter(\.$council.$id == councilID).all() { add(event.$person.id, event.code, event.date) }
        let linked = try await linkedPatients(councilID: councilID)
        for code in try await EarlyHelpDemandCodeModel.query(on: db).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID)
            .filter(EarlyHelpExtractModel.self, \.$kind == ExtractKind.demandCodes.rawValue).all() {
            let practice = try code.joined(EarlyHelpExtractModel.self).$sender.id
            guard let person = linked["\(practice)|\(code.practicePatientID)"] else { continue }
            add(person, code.code, code.date); demand += 1
        }
        let profile = try Array(rows.utf8).withUnsafeBufferPointer { try IndicatorProfile(csv: $0, window: IndicatorProfile.window(asOf: choice.asOf, months: choice.months)) }
        let s = Stratification(profile)
        let result = EarlyHelpStratification(choice: choice, sweep: s.sweep(), people: s.ranked(.person, minFlags: choice.minFlags),
                                             households: s.ranked(.household, minFlags: choice.minFlags), heldOut: heldOut, events: events, demandCodes: demand)
        return (result, byPseudonym)
    }

    /// "practice id|practice patient number" → the council's person, from every link matching kept.
    func linkedPatients(councilID: UUID) async throws -> [String: UUID] {
        var result: [String: UUID] = [:]
        for link in try await EarlyHelpLinkModel.query(on: db).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID).all() {
            result["\(try link.joined(EarlyHelpExtractModel.self).$sender.id)|\(link.practicePatientID)"] = link.$councilPerson.id
        }
        return result
    }

    /// Each person's keyed pseudonym in the council's secure box (nothing is stored beside the ids).
    private func pseudonyms(for people: [PersonRecordModel], councilID: UUID) throws -> [UUID: String] {
        guard let secrets else { throw StoreError.sealing("pseudonyms need the server key, and this store was opened without it") }
        let scope = "early-help stratification|\(councilID.uuidString.lowercased())"
        return Dictionary(try people.map { (try $0.requireID(), secrets.pseudonym(of: try $0.requireID(), in: scope)) }) { first, _ in first }
    }

    /// People grouped into households by their standardised address; institutions the council
    /// marked and implausibly large households are held out (their members have no household).
    private func households(_ people: [PersonRecordModel], _ pseudonyms: [UUID: String], councilID: UUID, largest: Int) async throws -> ([UUID: String], [HeldOutHousehold]) {
        let institutions = Dictionary(try await EarlyHelpInstitutionModel.query(on: db).filter(\.$council.$id == councilID).all().map { ($0.addressKey, $0) }) { a, _ in a }
        let groups = Dictionary(grouping: people) { Self.householdKey(address: $0.addressLine, postcode: $0.postcode) }
        var householdOf: [UUID: String] = [:], heldOut: [HeldOutHousehold] = []
        for (key, members) in groups where !key.isEmpty {
            let names = members.compactMap { $0.id.flatMap { pseudonyms[$0] } }.sorted()
            let id = "H-" + (names.first?.dropFirst(2) ?? "")
            if let institution = institutions[key] {
                heldOut.append(HeldOutHousehold(id: id, members: members.count, reason: "Marked as \(institution.kind)"))
            } else if members.count > largest {
                heldOut.append(HeldOutHousehold(id: id, members: members.count, reason: "\(members.count) people at one address (more than \(largest))"))
            } else {
                for member in members { householdOf[member.id!] = id }
            }
        }
        return (householdOf, heldOut.sorted { ($0.members, $1.id) > ($1.members, $0.id) })
    }

    /// An address standardised as the linkage engine reads it: canonical postcode and address words.
    public static func householdKey(address: String, postcode: String) -> String {
        let words = Standardise.address(address).words.map { String(decoding: $0, as: UTF8.self) }
        guard let code = Standardise.postcode(postcode)?.value, !words.isEmpty else { return "" }
        return code + "|" + words.joined(separator: " ")
    }

    /// Marks an address as an institution (a children's home, a hostel, a care home): its residents are not one family.
    public func markInstitution(address: String, postcode: String, kind: String, label: String, by actor: ActingUser, at date: Date) async throws {
        let councilID = try councilID(actor)
        guard actor.may(.viewIdentifiableRecords) else { throw StoreError.notTheCouncil }
        let key = Self.householdKey(address: address, postcode: postcode)
        var problems: [FieldProblem] = []
        if key.isEmpty { problems.append(.init(field: "address", message: "Enter the address and a valid postcode")) }
        if kind.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.init(field: "kind", message: "Choose what kind of place it is")) }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        try await auditedTransaction { tx in
            let row = try await EarlyHelpInstitutionModel.query(on: tx).filter(\.$council.$id == councilID).filter(\.$addressKey == key).first() ?? EarlyHelpInstitutionModel()
            row.$council.id = councilID; row.addressKey = key; row.kind = kind; row.label = label
            try await row.save(on: tx)
            try await AuditLog.append(.init(action: .institutionMarked, subject: "organisation:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "\(kind): \(label)"), by: actor, at: date, on: tx)
        }
    }
}
