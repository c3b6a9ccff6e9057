import Crypto
import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// Sends each centre the births in its catchment through the gate, and the early years team
    /// those in no catchment, under an active live-births agreement naming the sender and the
    /// recipient. First, outside the gate because it only removes, every family that may no longer
    /// be contacted is withdrawn from every list that holds it, and a birth that moved to another
    /// area leaves the old one (`Store+BirthsWithdrawal`). Then two sendings each: every birth
    /// counted (month and consent only, so the centre can gauge its reach), then the families to contact.
    func sendBirths(_ ids: [UUID], by actor: ActingUser, at date: Date, into summary: inout BirthImportSummary) async throws {
        guard !ids.isEmpty else { return }
        let rows = try await BirthNoticeModel.held(by: actor, on: db).filter(\.$id ~~ ids).all()
        let (centres, team) = try await routingCatchments(on: db)
        let refs = try Dictionary(uniqueKeysWithValues: rows.map { (try $0.requireID(), try babyRef($0, sender: actor.organisationCode)) })
        let sameBaby = try await sameBabyElsewhere(rows, sender: try actor.organisationID.orThrow(StoreError.notAParty))
        let source = BirthNoticeSource(refs: refs, barred: barredBabies(rows, sameBaby: sameBaby))
        // A family withdrawn is withdrawn under every reference it was sent by, by either sender.
        let stopped = rows.filter { !source.mayContact($0) }
        let elsewhere = try await babyRefs(stopped.flatMap { $0.id.flatMap { sameBaby[$0] } ?? [] })
        try await withdrawBirths(Set(stopped.compactMap { $0.id.flatMap { refs[$0] } }).union(elsewhere.values), by: actor, at: date)
        let groups = Dictionary(grouping: rows) { row in
            BirthRouting.centre(of: .init(id: row.birthID, sector: row.sector, consent: row.consent, doNotContact: row.doNotContact), among: centres)
        }
        for (centre, births) in groups.sorted(by: { ($0.key ?? "~").bytewiseLess(than: $1.key ?? "~") }) {
            if centre == nil { summary.unassigned += births.count }
            try await leaveOldAreas(births, for: centre ?? team, refs: refs, by: actor, at: date)
            guard let recipient = centre ?? team else {
                summary.notSent.append(counted(births.count, "birth is", "births are") + " in no centre's catchment, and no early years team has set catchments yet.")
                continue
            }
            try await send(births, to: recipient, from: source, listing: centre != nil, by: actor, at: date, into: &summary)
        }
    }

    /// One recipient's births: the count of every one, then the families to contact.
    private func send(_ births: [BirthNoticeModel], to recipient: String, from source: BirthNoticeSource, listing: Bool,
                      by actor: ActingUser, at date: Date, into summary: inout BirthImportSummary) async throws {
        let counts = try await share(request(births, to: recipient, items: [.birthCount], kind: "counted", source: source), from: source, by: actor, at: date) { delivery in
            try await self.keepCounts(delivery, sender: actor, at: date)
        }
        if case .failure(let refusal) = counts, !refusal.isRepeat {
            summary.notSent.append("\(recipient): \(refusal.words)"); return
        }
        let toContact = births.filter(source.mayContact)
        guard !toContact.isEmpty else { return }
        let asked = try await allowing([.nhsNumber], in: request(toContact, to: recipient, items: [.dateOfBirth, .parentNames, .address, .postcode],
                                                                kind: "to contact", source: source), by: actor, at: date)
        let listed = try await share(asked, from: source, by: actor, at: date) { delivery in try await self.keepContacts(delivery, refs: source.refs, at: date) }
        switch listed {
        case .success: if listing { summary.listed += toContact.count }
        case .failure(let refusal) where refusal.isRepeat: if listing { summary.listed += toContact.count }
        case .failure(let refusal): summary.notSent.append("\(recipient): \(refusal.words)")
        }
    }

    /// A bulk sending of these births whose period names what is sent and when each birth last
    /// changed: the same births unchanged sent again are a repeat (nothing new), while any change,
    /// even back to a state sent before (consent given, then withdrawn), is a new sending.
    private func request(_ births: [BirthNoticeModel], to recipient: String, items: [DataItem], kind: String, source: BirthNoticeSource) throws -> SharingRequest {
        let state = try births.map { row in
            let id = try row.requireID(), ref = source.refs[id] ?? ""
            return ([id.uuidString, ref, String(row.changedAt.timeIntervalSince1970)]
                    + source.values(of: row, items).sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)).joined(separator: "\u{1F}")
        }.sorted().joined(separator: "\u{1E}")
        let digest = SHA256.hash(data: Data(state.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12)
        return SharingRequest(recipient: recipient, purpose: .liveBirths, items: items, bulk: true, subjects: try births.map { try $0.requireID() },
                              period: "births \(kind) #\(digest)")
    }

    /// Writes each birth's count into the recipient's keeping (a family no longer to contact was
    /// withdrawn before any sending), and notes where each birth now is.
    private func keepCounts(_ delivery: Delivery, sender: ActingUser, at date: Date) async throws {
        let counts = delivery.grant.people.compactMap { person in person.items[.birthCount].flatMap(BirthCount.init) }
        let held = try await delivery.recipientRows(BirthReceivedModel.self).filter(\.$babyRef ~~ counts.map(\.ref)).all().byBabyRef
        var withdrawn: [UUID] = []
        for count in counts {
            let row = held[count.ref] ?? BirthReceivedModel()
            let isNew = row.id == nil
            if isNew {
                row.holderID = delivery.recipient; row.babyRef = count.ref; row.receivedAt = date; row.toContact = false
            }
            row.senderCode = sender.organisationCode; row.agreementID = delivery.grant.agreementID
            row.month = count.month; row.consented = count.consented
            if !count.toContact {
                row.withdraw(at: date)
                if let id = row.id { withdrawn.append(id) }
            }
            if isNew { try await delivery.keep(row) } else { try await delivery.change(row) }
        }
        // A family withdrawn here leaves its team around the family too, whoever's sending withdrew it.
        try await Self.endTeams(ofBirths: withdrawn, by: sender, at: date, on: delivery.database)
        let sent = delivery.grant.people.map(\.id), code = try await OrganisationModel.find(delivery.recipient, on: delivery.database)?.code
        for row in try await BirthNoticeModel.held(by: sender, on: delivery.database).filter(\.$id ~~ sent).all() {
            row.routedTo = code; try await row.update(on: delivery.database)
        }
    }

    /// Writes the families' details into the recipient's keeping (its rows for these babies, made
    /// by the count just before). A birth once withdrawn stays withdrawn: a marker from either
    /// sender of the same baby wins.
    private func keepContacts(_ delivery: Delivery, refs: [UUID: String], at date: Date) async throws {
        let people = delivery.grant.people
        let held = try await delivery.recipientRows(BirthReceivedModel.self).filter(\.$babyRef ~~ people.compactMap { refs[$0.id] }).all().byBabyRef
        for person in people {
            guard let row = refs[person.id].flatMap({ held[$0] }), row.withdrawnAt == nil else { continue }
            let before = [row.babyDateOfBirth, row.address, row.postcode, row.parentGivenName, row.parentFamilyName]
            row.toContact = true
            row.babyDateOfBirth = person.items[.dateOfBirth]; row.address = person.items[.address]; row.postcode = person.items[.postcode]
            row.parentGivenName = person.givenName; row.parentFamilyName = person.familyName
            if let number = person.items[.nhsNumber], !number.isEmpty { row.nhsNumber = number }
            if row.listedAt == nil { row.listedAt = date }
            // A birth the early years team sent on, corrected since, is back on its list to send on again.
            if row.resolvedTo != nil, before != [row.babyDateOfBirth, row.address, row.postcode, row.parentGivenName, row.parentFamilyName] { row.resolvedTo = nil }
            try await delivery.change(row)
        }
    }
}

extension [BirthReceivedModel] {
    /// The rows by baby (one a holder).
    var byBabyRef: [String: BirthReceivedModel] { Dictionary(map { ($0.babyRef, $0) }, uniquingKeysWith: { first, _ in first }) }
}

extension SharingRefusal {
    /// The same births in the same state were sent before: nothing new, not a failure.
    var isRepeat: Bool { if case .alreadySent = reason { true } else { false } }
}
