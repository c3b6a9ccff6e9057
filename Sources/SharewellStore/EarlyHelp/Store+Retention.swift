import FluentKit
import Foundation
import SharewellCore

/// What one run of the retention job destroyed.
public struct RetentionRun: Sendable, Equatable, Codable {
    public let extracts: Int
    public let patients: Int
    public let links: Int
    public var shortlists = 0
}

extension Store {
    /// Destroys every early help extract whose retention period has ended (its `destroy_after` day
    /// is before today): the patients' details, the links kept from matching and the pairs waiting
    /// for review, then the extract itself; and every shortlist sent to a practice likewise (issue 8, item 9). Each destruction is audited in the
    /// same transaction with what it was and how much went, so it is provable from the audit log.
    @discardableResult
    public func destroyExpiredExtracts(by actor: ActingUser = .system("retention"), at date: Date) async throws -> RetentionRun {
        let today = CalendarDate(inEngland: date).description
        let expired = try await EarlyHelpExtractModel.query(on: db).filter(\.$destroyAfter < today).with(\.$sender).with(\.$recipient).all()
        var patients = 0, links = 0
        for extract in expired {
            let id = try extract.requireID()
            let counts = try await auditedTransaction { tx -> (Int, Int) in
                let people = try await EarlyHelpExtractPersonModel.query(on: tx).filter(\.$extract.$id == id).count()
                let linked = try await EarlyHelpLinkModel.query(on: tx).filter(\.$extract.$id == id).count()
                try await EarlyHelpLinkReviewModel.query(on: tx).filter(\.$extract.$id == id).delete()
                try await EarlyHelpLinkModel.query(on: tx).filter(\.$extract.$id == id).delete()
                try await EarlyHelpExtractPersonModel.query(on: tx).filter(\.$extract.$id == id).delete()
                try await EarlyHelpExtractModel.query(on: tx).filter(\.$id == id).delete()
                try await AuditLog.append(.init(action: .retentionDestroyed, subject: Self.extractSubject(id), purpose: "\(SharingPurpose.earlyHelpDataMatching.rawValue) under agreement:\(extract.agreementID.uuidString.lowercased())",
                                                detail: "\(extract.kind) from \(extract.sender.code) to \(extract.recipient.code) sent \(CalendarDate(inEngland: extract.sentAt)), to be kept until \(extract.destroyAfter): \(people) patients' details and \(linked) links destroyed"),
                                          by: actor, at: date, on: tx)
                return (people, linked)
            }
            patients += counts.0; links += counts.1
        }
        var run = RetentionRun(extracts: expired.count, patients: patients, links: links)
        for list in try await EarlyHelpShortlistModel.query(on: db).filter(\.$destroyAfter < today).with(\.$council).with(\.$practice).all() {
            let id = try list.requireID()
            try await auditedTransaction { tx in
                let entries = try await EarlyHelpShortlistEntryModel.query(on: tx).filter(\.$shortlist.$id == id).count()
                let entryIDs = try await EarlyHelpShortlistEntryModel.query(on: tx).filter(\.$shortlist.$id == id).all().compactMap(\.id)
                if !entryIDs.isEmpty { try await EarlyHelpDisclosureModel.query(on: tx).filter(\.$entry.$id ~~ entryIDs).delete() }
                try await EarlyHelpShortlistEntryModel.query(on: tx).filter(\.$shortlist.$id == id).delete()
                try await EarlyHelpShortlistModel.query(on: tx).filter(\.$id == id).delete()
                try await AuditLog.append(.init(action: .retentionDestroyed, subject: "shortlist:\(id.uuidString.lowercased())", purpose: "\(SharingPurpose.earlyHelpDataMatching.rawValue) under agreement:\(list.agreementID.uuidString.lowercased())",
                                                detail: "shortlist from \(list.council.code) to \(list.practice.code) sent \(CalendarDate(inEngland: list.sentAt)), to be kept until \(list.destroyAfter): \(entries) entries destroyed"),
                                          by: actor, at: date, on: tx)
            }
            run.shortlists += 1
        }
        return run
    }
}
