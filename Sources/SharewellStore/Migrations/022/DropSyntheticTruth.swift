import FluentKit
import SQLKit

/// The demo generator's recorded truth (which records are the same person, which faults were
/// introduced) is not part of a production store (issue 15): the demo's own migrations keep it
/// (`SharewellDemo`), and a production database holds none.
struct DropSyntheticTruth: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE IF EXISTS synthetic_truth").run()
    }

    /// Back to migration 002's shape, empty.
    func revert(on database: any Database) async throws {
        try await database.schema("synthetic_truth")
            .field("record_id", .uuid, .identifier(auto: false), .references("person_records", "id", onDelete: .cascade))
            .field("person_key", .int, .required)
            .field("household_key", .int, .required)
            .field("household_kind", .string, .required)
            .field("faults", .string, .required)
            .create()
    }
}
