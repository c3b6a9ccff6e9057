import FluentKit
import SQLKit

/// The job queue (issue 15, "Time and long work"): work that can take more than a second runs
/// from this table, not inside a request. A row is queued, then leased by one worker
/// (`locked_by`, `locked_until`) and renewed while it runs, so a worker that dies lets another take
/// the job when the lease ends. `idempotency_key` is unique: the same work asked for twice (a
/// double click, two servers' hourly schedules) is one row.
struct CreateJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("jobs")
            .id()
            .field("kind", .string, .required)
            .field("idempotency_key", .string)
            .field("payload", .string, .required)
            // Who asked: a person (re-read when the job runs) or the server itself (`command`).
            .field("user_id", .uuid)
            .field("organisation_id", .uuid)
            .field("command", .string)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("max_attempts", .int, .required)
            .field("run_after", .datetime, .required)
            .field("locked_by", .string)
            .field("locked_until", .datetime)
            .field("progress_done", .int, .required)
            .field("progress_total", .int, .required)
            .field("result", .string)
            .field("error", .string)
            .field("created_at", .datetime, .required)
            .field("started_at", .datetime)
            .field("finished_at", .datetime)
            .unique(on: "idempotency_key")
            .create()
        let sql = database as! any SQLDatabase
        // What a worker asks for every few seconds: due jobs, oldest first.
        try await sql.create(index: "jobs_due").on("jobs").column("state").column("run_after").run()
        // What an organisation's pages and `sharewell jobs` list, newest first.
        try await sql.create(index: "jobs_by_organisation").on("jobs").column("organisation_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jobs").delete()
    }
}
