import FluentKit
import SQLKit

/// For the demo only: which real person and household each record is, and the faults introduced
/// into it, so linkage and stratification can be scored against the truth. A database that never
/// serves the demo never has it (the store's migration 022 drops the table the early versions made).
struct CreateDemoSyntheticTruth: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("synthetic_truth")
            .field("record_id", .uuid, .identifier(auto: false), .references("person_records", "id", onDelete: .cascade))
            .field("person_key", .int, .required)
            .field("household_key", .int, .required)
            .field("household_kind", .string, .required)
            .field("faults", .string, .required)
            .ignoreExisting()
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("synthetic_truth").delete()
    }
}
