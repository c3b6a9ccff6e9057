import FluentKit
import Foundation
import SharewellCore
import SharewellFormats

/// What sending a file of births did.
public struct BirthImportSummary: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    /// Births now on a centre's list to contact (consented, no do-not-contact marker).
    public var listed = 0
    /// Births in no centre's catchment, sent to the early years team to resolve.
    public var unassigned = 0
    /// Why births did not reach a centre, one sentence a recipient (no agreement, …).
    public var notSent: [String] = []
}

extension Store {
    /// Stores a maternity or child health service's births, all or nothing (rule 3), then sends
    /// each centre its births through the gate (`sendBirths`). A baby is known by its NHS number
    /// where the file gives one, else by its birth id: a file sent again updates, never duplicates.
    public func importBirths(_ notices: [BirthNotice], by actor: ActingUser, at date: Date) async throws -> BirthImportSummary {
        guard actor.may(.decideSharing), let kind = actor.organisationKind, OrganisationKind.birthSenders.contains(kind),
              let senderID = actor.organisationID else { throw StoreError.notAParty }
        let (ids, added) = try await auditedTransaction { tx in
            let existing = try await BirthNoticeModel.held(by: actor, on: tx).group(.or) { or in
                or.filter(\.$birthID ~~ notices.map(\.birthID)).filter(\.$nhsNumber ~~ notices.compactMap { $0.nhsNumber.map { Optional($0.digits) } })
            }.all()
            var ids: [UUID] = [], added = 0
            for notice in notices {
                let known = existing.first { row in notice.nhsNumber.map { row.nhsNumber == $0.digits } ?? false } ?? existing.first { $0.birthID == notice.birthID }
                let row = known ?? BirthNoticeModel()
                if known == nil { row.senderID = senderID; row.birthID = notice.birthID; row.receivedAt = date; added += 1 }
                row.fill(from: notice, at: date)
                try await row.save(on: tx)
                ids.append(try row.requireID())
            }
            try await AuditLog.append(.init(action: .birthsImported, subject: "births:\(actor.organisationCode)", purpose: SharingPurpose.liveBirths.rawValue,
                                            detail: "\(notices.count) births, \(added) new"), by: actor, at: date, on: tx)
            return (ids, added)
        }
        var summary = BirthImportSummary(added: added, updated: Set(ids).count - added)
        try await sendBirths(Array(Set(ids)), by: actor, at: date, into: &summary)
        return summary
    }
}

extension Store {
    /// A births file (`BirthsCSV`) read and sent as `importBirths` does.
    public func importBirths(csv bytes: [UInt8], by actor: ActingUser, at date: Date) async throws -> BirthImportSummary {
        let births = try bytes.withUnsafeBufferPointer { try BirthsCSV.read($0) }
        return try await importBirths(births, by: actor, at: date)
    }
}

extension BirthNoticeModel {
    func fill(from notice: BirthNotice, at date: Date) {
        if let number = notice.nhsNumber { nhsNumber = number.digits }
        babyDateOfBirth = notice.babyDateOfBirth.description
        parentGivenName = notice.parentGivenName; parentFamilyName = notice.parentFamilyName
        address = notice.address; postcode = notice.postcode.value
        consent = notice.consent; consentMethod = notice.consentMethod; consentDate = notice.consentDate?.description
        doNotContact = notice.doNotContact
        changedAt = date
    }

    var sector: String { (try? Postcode(postcode))?.sector ?? "" }
}
