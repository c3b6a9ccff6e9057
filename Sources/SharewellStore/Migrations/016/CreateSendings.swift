import FluentKit

/// Every sending the gate lets through, keyed by what makes it the same sending (issue 15: two
/// parallel posts turned a practice's 18 pupils into 54). The unique index on the key and attempt
/// is what makes a repeat impossible, across servers too: a second insert of the same key waits for
/// the first and then fails, and its whole transaction rolls back.
struct CreateSendings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sendings")
            .id()
            .field("sending_key", .string, .required)
            .field("attempt", .int, .required)
            .field("sender_code", .string, .required)
            .field("recipient_code", .string, .required)
            .field("purpose", .string, .required)
            .field("period", .string, .required)
            .field("subjects", .int, .required)
            .field("agreement_id", .uuid, .required)
            .field("sent_by", .string, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "sending_key", "attempt")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sendings").delete()
    }
}
