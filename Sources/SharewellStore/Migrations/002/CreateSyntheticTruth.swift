import FluentKit

/// For synthetic data only: which real person and household each record is, and the faults
/// introduced into it, so linkage and stratification can be scored against the truth.
struct CreateSyntheticTruth: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("synthetic_truth")
            .field("record_id", .uuid, .identifier(auto: false), .references("person_records", "id", onDelete: .cascade))
            .field("person_key", .int, .required)
            .field("household_key", .int, .required)
            .field("household_kind", .string, .required)
            .field("faults", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("synthetic_truth").delete()
    }
}
