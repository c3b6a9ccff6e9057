import Crypto
import FluentKit
import Foundation
import SharewellCore

extension SharingRequest {
    /// What makes two sendings the same: sender, recipient, purpose, period and the set of subjects
    /// (their order does not matter). A digest, so the key is short and names no one.
    func sendingKey(from sender: String) -> String {
        let subjects = Set(self.subjects).map { $0.uuidString.lowercased() }.sorted().joined(separator: ",")
        let text = [sender, recipient, purpose.rawValue, period, subjects].joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(text.utf8)).hex
    }
}

extension Store {
    /// The newest sending with this key, if it was made.
    func sending(key: String, on database: any Database) async throws -> SendingModel? {
        try await SendingModel.query(on: database).filter(\.$key == key).sort(\.$attempt, .descending).first()
    }

    /// The newest sending from `sender` to `recipient` for the purpose and period, whatever its
    /// subjects: what a list that grew since is told it repeats.
    func lastSending(from sender: String, to recipient: String, purpose: SharingPurpose, period: String) async throws -> PriorSending? {
        try await SendingModel.query(on: db).filter(\.$senderCode == sender).filter(\.$recipientCode == recipient)
            .filter(\.$purpose == purpose.rawValue).filter(\.$period == period).sort(\.$sentAt, .descending).first()?.prior
    }

    /// The period of a list sending as its key names it ("2025-09-01 to 2025-12-19").
    public static func periodKey(_ period: ClosedRange<CalendarDate>) -> String { "\(period.lowerBound) to \(period.upperBound)" }

    /// The actor's organisation's newest sending to `recipient` for the purpose and period: what a
    /// page shows after the redirect that follows a "Send".
    public func lastSending(to recipient: String, for purpose: SharingPurpose, period: ClosedRange<CalendarDate>, by actor: ActingUser) async throws -> PriorSending? {
        guard actor.may(.decideSharing) || actor.may(.importAttendance) else { return nil }
        return try await lastSending(from: actor.organisationCode, to: recipient, purpose: purpose, period: Self.periodKey(period))
    }

    /// Records the sending inside the gate's transaction, before anything is delivered. The unique
    /// index on key and attempt makes a concurrent repeat fail here (PostgreSQL makes it wait for
    /// the first to commit); the caller rolls back and answers with the first sending.
    func recordSending(_ request: SharingRequest, key: String, agreement: UUID, people: Int, by actor: ActingUser, at date: Date, on tx: any Database) async throws {
        let attempt = request.resend ? (try await sending(key: key, on: tx)?.attempt ?? 0) + 1 : 1
        let row = SendingModel()
        row.key = key; row.attempt = attempt; row.senderCode = actor.organisationCode; row.recipientCode = request.recipient
        row.purpose = request.purpose.rawValue; row.period = request.period; row.subjects = people; row.agreementID = agreement
        row.sentBy = actor.displayName; row.sentAt = date
        do { try await row.create(on: tx) } catch let error as any DatabaseError where error.isConstraintFailure { throw RepeatedSending() }
    }
}

extension SendingModel {
    var prior: PriorSending { PriorSending(at: sentAt, by: sentBy, people: subjects) }
}

/// Thrown inside a sending's transaction to roll it back when it repeats one already made.
struct RepeatedSending: Error {}
