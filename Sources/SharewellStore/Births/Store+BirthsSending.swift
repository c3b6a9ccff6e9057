import Crypto
import FluentKit
import Foundation
import SharewellCore

extension Store {
    /// Sends each centre the births in its catchment through the gate, and the early years team
    /// those in no catchment, under an active live-births agreement naming the sender and the
    /// recipient. Two sendings each: every birth counted (month and consent only, so the centre
    /// can gauge its reach), then the families to contact. A birth once listed that now carries a
    /// do-not-contact marker or no consent is withdrawn at once by the count (`keepCounts`).
    func sendBirths(_ ids: [UUID], by actor: ActingUser, at date: Date, into summary: inout BirthImportSummary) async throws {
        guard !ids.isEmpty else { return }
        let rows = try await BirthNoticeModel.held(by: actor, on: db).filter(\.$id ~~ ids).all()
        let (centres, team) = try await routingCatchments(on: db)
        let refs = try Dictionary(uniqueKeysWithValues: rows.map { (try $0.requireID(), try babyRef($0, sender: actor.organisationCode)) })
        let source = BirthNoticeSource(refs: refs)
        let groups = Dictionary(grouping: rows) { row in
            BirthRouting.centre(of: .init(id: row.birthID, sector: row.sector, consent: row.consent, doNotContact: row.doNotContact), among: centres)
        }
        for (centre, births) in groups.sorted(by: { ($0.key ?? "~").bytewiseLess(than: $1.key ?? "~") }) {
            if centre == nil { summary.unassigned += births.count }
            guard let recipient = centre ?? team else {
                summary.notSent.append(counted(births.count, "birth is", "births are") + " in no centre's catchment, and no early years team has set catchments yet.")
                continue
            }
            let counts = try await share(request(births, to: recipient, items: [.birthCount], kind: "counted", refs: refs), from: source, by: actor, at: date) { delivery in
                try await self.keepCounts(delivery, sender: actor, at: date)
            }
            if case .failure(let refusal) = counts, !refusal.isRepeat {
                summary.notSent.append("\(recipient): \(refusal.words)"); continue
            }
            let toContact = births.filter(\.toContact)
            guard !toContact.isEmpty else { continue }
            let asked = try await allowing([.nhsNumber], in: request(toContact, to: recipient, items: [.dateOfBirth, .parentNames, .address, .postcode],
                                                                    kind: "to contact", refs: refs), by: actor, at: date)
            let listed = try await share(asked, from: source, by: actor, at: date) { delivery in try await self.keepContacts(delivery, refs: refs, at: date) }
            switch listed {
            case .success: if centre != nil { summary.listed += toContact.count }
            case .failure(let refusal) where refusal.isRepeat: if centre != nil { summary.listed += toContact.count }
            case .failure(let refusal): summary.notSent.append("\(recipient): \(refusal.words)")
            }
        }
    }

    /// A bulk sending of these births whose period names what is sent, so the same births in the
    /// same state sent again are a repeat (nothing new), and any change is a new sending.
    private func request(_ births: [BirthNoticeModel], to recipient: String, items: [DataItem], kind: String, refs: [UUID: String]) throws -> SharingRequest {
        let state = try births.map { row in
            try ([row.requireID().uuidString, refs[row.requireID()] ?? ""] + row.values(of: items, ref: refs[row.requireID()] ?? "").sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value))
                .joined(separator: "\u{1F}")
        }.sorted().joined(separator: "\u{1E}")
        let digest = SHA256.hash(data: Data(state.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12)
        return SharingRequest(recipient: recipient, purpose: .liveBirths, items: items, bulk: true, subjects: try births.map { try $0.requireID() },
                              period: "births \(kind) #\(digest)")
    }

    /// Writes each birth's count into the recipient's keeping, and withdraws at once any birth it
    /// listed that may no longer be contacted (the centre is told only "withdrawn").
    private func keepCounts(_ delivery: Delivery, sender: ActingUser, at date: Date) async throws {
        let counts = delivery.grant.people.compactMap { person in person.items[.birthCount].flatMap(BirthCount.init).map { (person.id, $0) } }
        let held = try await delivery.recipientRows(BirthReceivedModel.self).filter(\.$babyRef ~~ counts.map { $0.1.ref }).all()
        for (_, count) in counts {
            let row = held.first { $0.babyRef == count.ref } ?? BirthReceivedModel()
            let isNew = row.id == nil
            if isNew {
                row.holderID = delivery.recipient; row.babyRef = count.ref; row.receivedAt = date; row.toContact = false
            }
            row.senderCode = sender.organisationCode; row.agreementID = delivery.grant.agreementID
            row.month = count.month; row.consented = count.consented
            if !count.toContact, row.parentFamilyName != nil || row.toContact {
                row.withdraw(at: date)
                try await AuditLog.append(.init(action: .birthWithdrawn, subject: "birth:\(count.ref)", purpose: SharingPurpose.liveBirths.rawValue,
                                                detail: "withdrawn from \(delivery.grant.agreementTitle)"), by: sender, at: date, on: delivery.database)
            }
            if isNew { try await delivery.keep(row) } else { try await delivery.change(row) }
        }
        let sent = delivery.grant.people.map(\.id), code = try await recipientCode(delivery)
        for row in try await BirthNoticeModel.held(by: sender, on: delivery.database).filter(\.$id ~~ sent).all() {
            row.routedTo = code; try await row.update(on: delivery.database)
        }
    }

    /// Writes the families' details into the recipient's keeping (its rows for these babies, made
    /// by the count just before). A birth once withdrawn stays withdrawn: a marker from either
    /// sender of the same baby wins.
    private func keepContacts(_ delivery: Delivery, refs: [UUID: String], at date: Date) async throws {
        let people = delivery.grant.people
        let held = try await delivery.recipientRows(BirthReceivedModel.self).filter(\.$babyRef ~~ people.compactMap { refs[$0.id] }).all()
        for person in people {
            guard let row = held.first(where: { $0.babyRef == refs[person.id] }), row.withdrawnAt == nil else { continue }
            row.toContact = true
            row.babyDateOfBirth = person.items[.dateOfBirth]; row.address = person.items[.address]; row.postcode = person.items[.postcode]
            row.parentGivenName = person.givenName; row.parentFamilyName = person.familyName
            if let number = person.items[.nhsNumber], !number.isEmpty { row.nhsNumber = number }
            if row.listedAt == nil { row.listedAt = date }
            try await delivery.change(row)
        }
    }

    private func recipientCode(_ delivery: Delivery) async throws -> String? {
        try await OrganisationModel.find(delivery.recipient, on: delivery.database)?.code
    }
}

extension SharingRefusal {
    /// The same births in the same state were sent before: nothing new, not a failure.
    var isRepeat: Bool { if case .alreadySent = reason { true } else { false } }
}
