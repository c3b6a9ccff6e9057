import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
@testable import SharewellWeb
import Testing

/// Issue 14, finding 5, in the running server: it signs at start-up, then only a chain that extends
/// the newest checkpoint; a rewritten chain is refused, logged and counted, and never blessed.
@Suite("The server's audit checkpoints")
struct AuditCheckpointingTests {
    static func refusals() -> Int {
        let text = MetricsRegistry.shared.emitToString()
        let line = text.split(separator: "\n").first { $0.hasPrefix("sharewell_audit_checkpoint_refusals_total ") }
        return line.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }

    /// What an editor of the database without the key can do: change an entry, recompute every hash.
    static func rewrite(entry sequence: Int, _ db: any Database) async throws {
        var previous = AuditRecord.genesisHash
        for entry in try await AuditEntryModel.query(on: db).sort(\.$sequence).all() {
            var record = entry.record
            if record.sequence == sequence { record.detail = "forged" }
            let hash = AuditLog.hash(record, previousHash: previous)
            try await (db as! any SQLDatabase).raw("UPDATE audit_entries SET detail = \(bind: record.detail), previous_hash = \(bind: previous), hash = \(bind: hash) WHERE sequence = \(bind: record.sequence)").run()
            previous = hash
        }
    }

    @Test("a fresh server starts the series and signs new entries; a chain rewritten with recomputed hashes is refused and counted",
          arguments: TestDatabase.available)
    func refusesRewrittenChain(_ database: TestDatabase) async throws {
        try await withSharewell(database, organisations: []) { app in
            let store = Store(app.db), series = app.dependencies.checkpoints
            #expect(try series.read().map(\.head) == [.genesis], "started at boot, before any entry")
            for i in 1...4 { try await store.audit(.init(action: .view, subject: "person_record:\(i)"), by: .system("test"), at: app.dependencies.now()) }
            await AuditCheckpointing.write(app)
            #expect(try series.read().last?.head.sequence == 4)

            try await Self.rewrite(entry: 2, app.db)
            try await store.audit(.init(action: .view, subject: "person_record:5"), by: .system("test"), at: app.dependencies.now())
            let before = Self.refusals()
            await AuditCheckpointing.write(app)
            #expect(try series.read().last?.head.sequence == 4, "the rewritten chain was not signed")
            #expect(Self.refusals() > before, "counted (other tests may count refusals of their own at the same time)")
        }
    }
}
