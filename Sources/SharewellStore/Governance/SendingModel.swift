import FluentKit
import Foundation

/// One sending the gate let through (migration 016). `key` digests sender, recipient, purpose,
/// period and the set of subjects; `attempt` counts deliberate re-sends of the same.
final class SendingModel: Model, @unchecked Sendable {
    static let schema = "sendings"
    @ID(key: .id) var id: UUID?
    @Field(key: "sending_key") var key: String
    @Field(key: "attempt") var attempt: Int
    @Field(key: "sender_code") var senderCode: String
    @Field(key: "recipient_code") var recipientCode: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "period") var period: String
    @Field(key: "subjects") var subjects: Int
    @Field(key: "agreement_id") var agreementID: UUID
    @Field(key: "sent_by") var sentBy: String
    @Field(key: "sent_at") var sentAt: Date
    init() {}
}
