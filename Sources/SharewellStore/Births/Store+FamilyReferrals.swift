import FluentKit
import Foundation
import SharewellCore

/// A vulnerable family referral as the pages show it: to the health visitor who made it, where it
/// went; to the centre, when it arrived and the centre's first contact.
public struct FamilyReferral: Sendable, Equatable {
    public let id: UUID
    public let parentName: String
    public let babyDateOfBirth: String
    public let address: String
    public let postcode: String
    public let reason: String
    public let permissionOn: String
    public let at: Date
    /// The health visiting service that referred (to the centre), or the centre it went to (to the health visitor).
    public let other: String
    public let contactedOn: CalendarDate?

    func naming(_ other: String) -> FamilyReferral {
        FamilyReferral(id: id, parentName: parentName, babyDateOfBirth: babyDateOfBirth, address: address, postcode: postcode, reason: reason,
                       permissionOn: permissionOn, at: at, other: other, contactedOn: contactedOn)
    }
}

extension Store {
    /// A health visitor refers a vulnerable family after the 14-day new birth visit, with the
    /// parent's permission: to the children's centre whose catchment holds the postcode, else to the
    /// early years team. The referral is kept and sent through the gate in one transaction; a
    /// refusal keeps no referral (the gate's audit entry of it stays) and says why, so the form
    /// comes back as typed. Answers the code of the organisation it went to.
    public func referFamily(_ draft: FamilyReferralDraft, born: CalendarDate, permissionOn: CalendarDate, by actor: ActingUser,
                            at date: Date) async throws -> Result<String, SharingRefusal> {
        guard actor.may(.decideSharing), actor.organisationKind == .healthVisiting, let holder = actor.organisationID else { throw StoreError.notAParty }
        let text: FamilyReferralText
        switch draft.read() {
        case .success(let read): text = read
        case .failure(let invalid): throw StoreError.invalidFields(invalid.problems)
        }
        let (centres, team) = try await routingCatchments(on: db)
        let sector = (try? Postcode(text.postcode))?.sector ?? ""
        guard let recipient = BirthRouting.centre(of: .init(id: "", sector: sector, consent: true, doNotContact: false), among: centres) ?? team else {
            return .failure(SharingRefusal(.nothingToSend("No children's centre's catchment holds \(text.postcode), and no early years team has set catchments to resolve it.")))
        }
        return try await inOneTransaction { store in
            let row = FamilyReferralModel()
            let id = UUID()
            row.id = id; row.referralRef = id; row.holderID = holder
            row.parentGivenName = text.parentGivenName; row.parentFamilyName = text.parentFamilyName; row.address = text.address; row.postcode = text.postcode
            row.babyDateOfBirth = born.description; row.reason = text.reason; row.permissionOn = permissionOn.description; row.at = date
            try await row.create(on: store.db)
            let request = SharingRequest(recipient: recipient, purpose: .vulnerableFamilyReferral, items: [.parentNames, .dateOfBirth, .address, .postcode, .referralReason],
                                         bulk: true, subjects: [id], period: "referral")
            let sent = try await store.share(request, from: FamilyReferralSource(), by: actor, at: date) { delivery in
                try await Self.keepReferral(delivery, ref: id, sender: actor.organisationCode, permissionOn: permissionOn, at: date)
            }
            switch sent {
            case .success(let grant):
                row.routedTo = recipient; row.agreementID = grant.agreementID
                try await row.update(on: store.db)
                return .success(recipient)
            case .failure(let refusal):
                try await row.delete(on: store.db)
                return .failure(refusal)
            }
        }
    }

    private static func keepReferral(_ delivery: Delivery, ref: UUID, sender: String, permissionOn: CalendarDate, at date: Date) async throws {
        guard let person = delivery.grant.people.first else { return }
        let row = FamilyReferralReceivedModel()
        row.holderID = delivery.recipient; row.referralRef = ref; row.senderCode = sender; row.agreementID = delivery.grant.agreementID
        row.parentGivenName = person.givenName ?? ""; row.parentFamilyName = person.familyName ?? ""
        row.babyDateOfBirth = person.items[.dateOfBirth] ?? ""; row.address = person.items[.address] ?? ""; row.postcode = person.items[.postcode] ?? ""
        row.reason = person.items[.referralReason] ?? ""; row.permissionOn = permissionOn.description; row.at = date
        try await delivery.keep(row)
    }

    /// The referrals the actor's organisation made (a health visitor) or received (a centre or the
    /// early years team), newest first; the view is audited with each family shown.
    public func familyReferrals(for actor: ActingUser, at date: Date) async throws -> [FamilyReferral] {
        guard actor.may(.viewIdentifiableRecords) else { return [] }
        var referrals: [FamilyReferral]
        if actor.organisationKind == .healthVisiting {
            referrals = try await FamilyReferralModel.held(by: actor, on: db).sort(\.$at, .descending).all().map(\.referral)
        } else {
            referrals = try await FamilyReferralReceivedModel.held(by: actor, on: db).sort(\.$at, .descending).all().map(\.referral)
        }
        referrals = try await named(referrals)
        if !referrals.isEmpty {
            try await audit(.init(action: .referralsListed, subject: "family-referrals:\(actor.organisationCode)", purpose: SharingPurpose.vulnerableFamilyReferral.rawValue,
                                  detail: "\(referrals.count) referrals", people: referrals.map(\.id)), by: actor, at: date)
        }
        return referrals
    }

    /// The centre records its first contact with a referred family.
    public func recordReferralContact(_ id: UUID, on day: CalendarDate, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.viewIdentifiableRecords) else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            guard let row = try await FamilyReferralReceivedModel.held(by: actor, on: tx).filter(\.$id == id).first() else { throw StoreError.unknownPerson }
            row.contactedOn = day.description
            try await row.update(on: tx)
            try await AuditLog.append(.init(action: .referralContacted, subject: "family-referral:\(row.referralRef.uuidString.lowercased())",
                                            purpose: SharingPurpose.vulnerableFamilyReferral.rawValue, detail: "first contact on \(day)"), by: actor, at: date, on: tx)
        }
    }

    /// One referral the actor's centre received, its view audited with the family; `nil` when the
    /// actor's organisation holds no such referral.
    public func familyReferral(_ id: UUID, for actor: ActingUser, at date: Date) async throws -> FamilyReferral? {
        guard actor.may(.viewIdentifiableRecords), let row = try await FamilyReferralReceivedModel.held(by: actor, on: db).filter(\.$id == id).first() else { return nil }
        try await audit(.init(action: .referralViewed, subject: "family-referral:\(row.referralRef.uuidString.lowercased())",
                              purpose: SharingPurpose.vulnerableFamilyReferral.rawValue, people: [id]), by: actor, at: date)
        return try await named([row.referral])[0]
    }

    /// The referrals with the organisation at the other end named as the directory names it.
    private func named(_ referrals: [FamilyReferral]) async throws -> [FamilyReferral] {
        let names = try await OrganisationModel.query(on: db).filter(\.$code ~~ Set(referrals.map(\.other))).all()
            .reduce(into: [String: String]()) { $0[$1.code] = "\($1.name) (\($1.code))" }
        return referrals.map { $0.naming(names[$0.other] ?? $0.other) }
    }

    /// The day a received referral arrived, to check a contact date against; `nil` when the actor's
    /// organisation holds no such referral.
    public func referralArrival(_ id: UUID, for actor: ActingUser) async throws -> Date? {
        try await FamilyReferralReceivedModel.held(by: actor, on: db).filter(\.$id == id).first()?.at
    }
}

extension FamilyReferralModel {
    var referral: FamilyReferral {
        FamilyReferral(id: id ?? referralRef, parentName: "\(parentGivenName) \(parentFamilyName)", babyDateOfBirth: babyDateOfBirth, address: address,
                       postcode: postcode, reason: reason, permissionOn: permissionOn, at: at, other: routedTo ?? "", contactedOn: nil)
    }
}

extension FamilyReferralReceivedModel {
    var referral: FamilyReferral {
        FamilyReferral(id: id ?? referralRef, parentName: "\(parentGivenName) \(parentFamilyName)", babyDateOfBirth: babyDateOfBirth, address: address,
                       postcode: postcode, reason: reason, permissionOn: permissionOn, at: at, other: senderCode ?? "",
                       contactedOn: contactedOn.flatMap(CalendarDate.init(iso:)))
    }
}

/// A health visitor's own referrals as the subjects of its sending: only a referral not yet sent.
struct FamilyReferralSource: SharingSource {
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]? {
        guard actor.organisationKind == .healthVisiting, request.purpose == .vulnerableFamilyReferral else { return nil }
        let rows = try await FamilyReferralModel.held(by: actor, on: database).filter(\.$id ~~ request.subjects).filter(\.$routedTo == nil).all()
        guard rows.count == Set(request.subjects).count else { return nil }
        return try rows.map { row in
            var items: [DataItem: String] = [:]
            for item in request.items {
                switch item {
                case .parentNames: items[item] = "\(row.parentGivenName) \(row.parentFamilyName)"
                case .dateOfBirth: items[item] = row.babyDateOfBirth
                case .address: items[item] = row.address
                case .postcode: items[item] = row.postcode
                case .referralReason: items[item] = row.reason
                default: break
                }
            }
            let id = try row.requireID()
            return SharingSubject(id: id, person: id, items: items, nameParts: .init(given: row.parentGivenName, family: row.parentFamilyName))
        }
    }
}
