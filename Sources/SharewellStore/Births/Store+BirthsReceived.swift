import FluentKit
import Foundation
import SharewellCore

/// A birth on a centre's list, as the centre sees it.
public struct ReceivedBirth: Sendable, Equatable {
    public let id: UUID
    public let babyDateOfBirth: String
    public let parentName: String
    public let address: String
    public let postcode: String
    public let nhsNumber: String?
    public let welcome: (method: WelcomeMethod, on: CalendarDate)?
    public let registeredOn: CalendarDate?
    public let listedAt: Date

    public static func == (a: Self, b: Self) -> Bool { a.id == b.id && a.welcome?.method == b.welcome?.method && a.registeredOn == b.registeredOn }
}

/// Every birth in the centre's area, counted; what the page publishes passes disclosure control.
public struct BirthAreaCounts: Sendable, Equatable {
    public var births = 0
    public var consented = 0
    public var toContact = 0
}

/// The centre's list: the families to contact, how many were withdrawn (nothing more is known of
/// them), and the area's counts.
public struct BirthsList: Sendable {
    public let births: [ReceivedBirth]
    public let withdrawn: [Date]
    public let counts: BirthAreaCounts
    /// Births in no catchment the early years team sent on to a centre (`resolveBirth`).
    public let sentOn: Int
    /// Each month of birth, newest first, from the oldest birth held to this month: births in the
    /// area, families registered with the centre and the reach, as `BirthReach` publishes them.
    public let reach: [BirthReach.Row]
}

extension Store {
    /// Who works a list of births: a children's centre, or the early years team (births to resolve).
    static func mayWorkBirths(_ actor: ActingUser) -> Bool {
        actor.may(.viewIdentifiableRecords) && [OrganisationKind.childrensCentre, .earlyYears].contains(actor.organisationKind)
    }

    /// The actor's centre's list of births to contact, newest first; seeing the names is audited,
    /// with each family shown (so the view is in each one's access log).
    public func birthsList(for actor: ActingUser, at date: Date) async throws -> BirthsList {
        guard Self.mayWorkBirths(actor) else { throw StoreError.notAParty }
        let rows = try await BirthReceivedModel.held(by: actor, on: db).all()
        let listed = rows.filter { $0.toContact && $0.withdrawnAt == nil && $0.resolvedTo == nil }.compactMap(\.received).sorted { ($0.babyDateOfBirth, $0.parentName) > ($1.babyDateOfBirth, $1.parentName) }
        try await auditShown(listed, detail: "\(listed.count) families to contact", by: actor, at: date)
        let counts = BirthAreaCounts(births: rows.count, consented: rows.filter(\.consented).count, toContact: listed.count)
        return BirthsList(births: listed, withdrawn: rows.compactMap(\.withdrawnAt).sorted(by: >), counts: counts,
                          sentOn: rows.filter { $0.resolvedTo != nil && $0.withdrawnAt == nil }.count,
                          reach: Self.reach(rows, through: BirthReach.Month(CalendarDate(inEngland: date))))
    }

    /// Every birth held, by month of birth, through `BirthReach` (which alone decides what is shown).
    static func reach(_ rows: [BirthReceivedModel], through now: BirthReach.Month) -> [BirthReach.Row] {
        // A row keeps only the month of birth (`YYYY-MM`): its first day stands for the birth.
        let births = rows.compactMap { row in
            CalendarDate(iso: row.month + "-01").map { BirthReach.Birth(born: $0, registered: row.registeredOn != nil) }
        }
        guard let first = births.map({ BirthReach.Month($0.born) }).min() else { return [] }
        return Array(BirthReach.byMonth(births, from: first, through: max(first, now)).reversed())
    }

    /// One family on the list, its view audited with the family; `nil` when it is not on this centre's list.
    public func receivedBirth(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> ReceivedBirth? {
        guard Self.mayWorkBirths(actor), let row = try await listedRow(id, for: actor), let birth = row.received else { return nil }
        try await audit(.init(action: .birthViewed, subject: "birth:\(row.babyRef)", purpose: SharingPurpose.liveBirths.rawValue, people: [birth.id]),
                        by: actor, at: date)
        return birth
    }

    /// The baby's date of birth of a family on the actor's list, to check the dates the centre
    /// records against (a date, no name: not a view of the family); `nil` when it is not listed.
    public func listedBirthDay(_ id: UUID, for actor: ActingUser) async throws -> CalendarDate? {
        guard Self.mayWorkBirths(actor) else { return nil }
        return try await listedRow(id, for: actor)?.babyDateOfBirth.flatMap(CalendarDate.init(iso:))
    }

    /// A view of families' names, audited with the families shown; nothing shown, nothing audited.
    private func auditShown(_ births: [ReceivedBirth], detail: String, by actor: ActingUser, at date: Date) async throws {
        guard !births.isEmpty else { return }
        try await audit(.init(action: .birthsListed, subject: "births_received:\(actor.organisationCode)", purpose: SharingPurpose.liveBirths.rawValue,
                              detail: detail, people: births.map(\.id)), by: actor, at: date)
    }

    /// The centre's welcome contact with the family (a letter, call or visit, and its date).
    public func recordWelcome(_ method: WelcomeMethod, on day: CalendarDate, for id: UUID, by actor: ActingUser, at date: Date) async throws {
        try await changeListed(id, by: actor, at: date, action: .welcomeRecorded, detail: "\(method.rawValue) on \(day)") { row in
            row.welcomeMethod = method.rawValue; row.welcomeDate = day.description
        }
    }

    /// The family's registration with the centre, on a day.
    public func recordRegistration(on day: CalendarDate, for id: UUID, by actor: ActingUser, at date: Date) async throws {
        try await changeListed(id, by: actor, at: date, action: .registrationRecorded, detail: "registered on \(day)") { row in
            row.registeredOn = day.description
        }
    }

    /// The families listed in the seven days up to `date` (the weekly digest), its view audited.
    public func birthsDigest(for actor: ActingUser, at date: Date) async throws -> [ReceivedBirth] {
        guard Self.mayWorkBirths(actor) else { throw StoreError.notAParty }
        let since = date.addingTimeInterval(-7 * 24 * 3600)
        let rows = try await BirthReceivedModel.held(by: actor, on: db).filter(\.$toContact == true).filter(\.$withdrawnAt == nil).filter(\.$resolvedTo == nil)
            .filter(\.$listedAt >= since).all()
        let births = rows.compactMap(\.received).sorted { ($0.postcode, $0.parentName) < ($1.postcode, $1.parentName) }
        try await auditShown(births, detail: "weekly digest, \(births.count) families", by: actor, at: date)
        return births
    }

    private func listedRow(_ id: UUID, for actor: ActingUser, on database: (any Database)? = nil) async throws -> BirthReceivedModel? {
        try await BirthReceivedModel.held(by: actor, on: database ?? db).filter(\.$id == id).filter(\.$toContact == true).filter(\.$withdrawnAt == nil)
            .filter(\.$resolvedTo == nil).first()
    }

    private func changeListed(_ id: UUID, by actor: ActingUser, at date: Date, action: AuditAction, detail: String,
                              _ change: @escaping @Sendable (BirthReceivedModel) -> Void) async throws {
        // A centre welcomes and registers its families; the early years team resolves births in no catchment.
        guard Self.mayWorkBirths(actor), actor.organisationKind == .childrensCentre else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            guard let row = try await self.listedRow(id, for: actor, on: tx) else { throw StoreError.unknownPerson }
            change(row)
            try await row.update(on: tx)
            try await AuditLog.append(.init(action: action, subject: "birth:\(row.babyRef)", purpose: SharingPurpose.liveBirths.rawValue, detail: detail),
                                      by: actor, at: date, on: tx)
        }
    }
}

extension BirthReceivedModel {
    /// The family as the list shows it; `nil` once withdrawn (nothing is left to show).
    var received: ReceivedBirth? {
        guard let id, let born = babyDateOfBirth, let family = parentFamilyName else { return nil }
        let welcome = welcomeMethod.flatMap(WelcomeMethod.init(rawValue:)).flatMap { method in welcomeDate.flatMap(CalendarDate.init(iso:)).map { (method, $0) } }
        return ReceivedBirth(id: id, babyDateOfBirth: born, parentName: [parentGivenName ?? "", family].filter { !$0.isEmpty }.joined(separator: " "),
                             address: address ?? "", postcode: postcode ?? "", nhsNumber: nhsNumber, welcome: welcome,
                             registeredOn: registeredOn.flatMap(CalendarDate.init(iso:)), listedAt: listedAt ?? receivedAt)
    }
}

extension Store {
    /// How many families on the actor's list have had no welcome contact yet (the home page's work).
    public func birthsAwaitingWelcome(for actor: ActingUser) async throws -> Int {
        guard Self.mayWorkBirths(actor) else { return 0 }
        return try await BirthReceivedModel.held(by: actor, on: db).filter(\.$toContact == true).filter(\.$withdrawnAt == nil)
            .filter(\.$resolvedTo == nil).filter(\.$welcomeMethod == nil).count()
    }
}
