import FluentKit
import SQLKit

/// A family withdrawn by one sender is found among the other senders' notices of the same baby, by
/// NHS number or by date of birth (`Store+BirthsWithdrawal`): both looked up on every sending.
struct AddBirthNoticeIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX birth_notices_nhs_number ON birth_notices (nhs_number)").run()
        try await sql.raw("CREATE INDEX birth_notices_born ON birth_notices (baby_date_of_birth)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX birth_notices_born").run()
        try await sql.raw("DROP INDEX birth_notices_nhs_number").run()
    }
}
