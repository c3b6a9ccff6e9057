import FluentKit

/// The party whose IG lead suspended, resumed or ended an agreement (issue 14, finding 8): only the
/// party that suspended may resume. Events written before this column name the party only at the
/// end of `by` ("name, CODE"), which `AgreementEventModel.party` reads.
struct AddAgreementEventParty: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_events").field("party", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreement_events").deleteField("party").update()
    }
}
