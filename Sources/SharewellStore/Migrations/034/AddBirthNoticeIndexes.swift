import FluentKit
import SQLKit

/// A family withdrawn by one sender is found among the other senders' notices of the same baby by
/// NHS number (`Store+BirthsWithdrawal`), looked up on every sending.
struct AddBirthNoticeIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("CREATE INDEX birth_notices_nhs_number ON birth_notices (nhs_number)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX birth_notices_nhs_number").run()
    }
}
