import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Issue 14, finding 5: the server signed whatever head the database held, so a rewritten chain was
/// blessed within a minute. Now it signs only a chain that extends the newest checkpoint.
@Suite("Audit checkpoint series")
struct AuditCheckpointSeriesTests {
    static let now = AuditChainTests.now

    static func withSeries(_ body: (AuditCheckpointSeries, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sharewell-series-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (key, _) = try ServerKey.load(path: folder.appendingPathComponent("key").path, createIfMissing: true)
        try await body(AuditCheckpointSeries(folder: folder.appendingPathComponent("checkpoints").path, key: key), folder)
    }

    /// A new store whose series was started while its chain was empty.
    static func withStartedSeries(_ database: TestDatabase, _ body: @escaping (Store, AuditCheckpointSeries) async throws -> Void) async throws {
        try await withSeries { series, _ in
            try await database.withStore { store async throws in
                try await store.startAuditSeries(series, at: now)
                try await body(store, series)
            }
        }
    }

    static func append(_ store: Store, _ count: Int, from first: Int = 1, detail: String = "entry") async throws {
        for i in first..<(first + count) {
            try await store.audit(.init(action: .view, subject: "person_record:\(i)", detail: "\(detail) \(i)"), by: .system("test"), at: now.addingTimeInterval(Double(i)))
        }
    }

    @Test("the series starts with the empty chain and signs each new head once", arguments: TestDatabase.available)
    func signsEachHead(_ database: TestDatabase) async throws {
        try await Self.withStartedSeries(database) { store, series in
                try await Self.append(store, 3)
                guard case .signed(let first) = try await store.signAuditHead(into: series, at: Self.now) else { Issue.record("not signed"); return }
                #expect(first.index == 1 && first.head.sequence == 3)
                #expect(try await store.signAuditHead(into: series, at: Self.now) == .unchanged)
                try await Self.append(store, 2, from: 4)
                guard case .signed(let second) = try await store.signAuditHead(into: series, at: Self.now) else { Issue.record("not signed"); return }
                #expect(second.previousSignature == first.signature)
                #expect(try series.read().map(\.head.sequence) == [0, 3, 5])
                #expect(try await store.verifyAudit(against: try series.read().map(\.head)) == .intact(entries: 5, head: second.head.hash))
        }
    }

    @Test("a chain rewritten or cut back after the newest checkpoint, hashes recomputed, is refused and the series left as it was",
          arguments: TestDatabase.available, ["rewrite", "truncate", "restore"])
    func refusesTampering(_ database: TestDatabase, _ attack: String) async throws {
        try await Self.withStartedSeries(database) { store, series in
                try await Self.append(store, 6)
                _ = try await store.signAuditHead(into: series, at: Self.now)
                let sql = store.db as! any SQLDatabase
                switch attack {
                case "rewrite": _ = try await AuditChainTests.rewrite(entry: 2, store, sql)
                case "truncate": try await sql.raw("DELETE FROM audit_entries WHERE sequence > 4").run()
                default:  // an older backup restored, then written to: the chain grows past the checkpoint on another branch
                    try await sql.raw("DELETE FROM audit_entries WHERE sequence > 4").run()
                    try await Self.append(store, 3, from: 5, detail: "after the restore")
                }
                let before = try series.read()
                guard case .refused(let reason) = try await store.signAuditHead(into: series, at: Self.now) else { Issue.record("signed a tampered chain"); return }
                #expect(reason.contains("entry"), "\(reason)")
                #expect(try series.read() == before)
                guard case .broken = try await store.verifyAudit(against: before.map(\.head)) else { Issue.record("verify passed"); return }
        }
    }

    @Test("acknowledge-restore accepts a real backup (a prefix of what was signed) and refuses a rewrite", arguments: TestDatabase.available, [false, true])
    func acknowledgeRestore(_ database: TestDatabase, _ rewritten: Bool) async throws {
        try await Self.withStartedSeries(database) { store, series in
            try await Self.append(store, 4)
            _ = try await store.signAuditHead(into: series, at: Self.now)
            try await Self.append(store, 2, from: 5)
            _ = try await store.signAuditHead(into: series, at: Self.now)
            let sql = store.db as! any SQLDatabase
            if rewritten { _ = try await AuditChainTests.rewrite(entry: 2, store, sql) }
            try await sql.raw("DELETE FROM audit_entries WHERE sequence > 4").run()  // the backup taken at entry 4
            try await Self.append(store, 1, from: 5, detail: "after the restore")
            guard case .refused = try await store.signAuditHead(into: series, at: Self.now) else { Issue.record("signed"); return }
            if rewritten {
                await #expect(throws: StoreError.self) {
                    _ = try await store.acknowledgeRestore(into: series, reason: "cover it up", by: .system("test"), at: Self.now)
                }
                #expect(try series.read().count == 3, "nothing signed")
            } else {
                let checkpoint = try await store.acknowledgeRestore(into: series, reason: "Restored the backup of entry 4", by: .system("test"), at: Self.now)
                #expect(checkpoint.head.sequence == 6 && checkpoint.acknowledgedRestore == "Restored the backup of entry 4")
                let binding = AuditCheckpoint.binding(try series.read())
                #expect(binding.map(\.head.sequence) == [0, 4, 6], "the checkpoint past the restore no longer binds")
                guard case .intact = try await store.verifyAudit(against: binding.map(\.head)) else { Issue.record("verify failed"); return }
                #expect(try await store.signAuditHead(into: series, at: Self.now) == .unchanged)
            }
        }
    }

    @Test("a forged entry numbered past any real log refuses writes instead of crashing the server", arguments: TestDatabase.available)
    func hugeSequence(_ database: TestDatabase) async throws {
        try await database.withStore { store async throws in
            try await Self.append(store, 1)
            try await (store.db as! any SQLDatabase).raw("UPDATE audit_entries SET sequence = 9223372036854775807").run()
            await #expect(throws: StoreError.auditSequenceOutOfRange(9_223_372_036_854_775_807)) {
                try await store.audit(.init(action: .view, subject: "x"), by: .system("test"), at: Self.now)
            }
            guard case .broken = try await store.verifyAudit(against: []) else { Issue.record("verify passed"); return }
        }
    }

    @Test("a chain that already has entries is not signed without a series", arguments: TestDatabase.available)
    func noSeriesNoSigning(_ database: TestDatabase) async throws {
        try await Self.withSeries { series, _ in
            try await database.withStore { store async throws in
                try await Self.append(store, 2)
                try await store.startAuditSeries(series, at: Self.now)
                guard case .refused(let reason) = try await store.signAuditHead(into: series, at: Self.now) else { Issue.record("signed blindly"); return }
                #expect(reason.contains("acknowledge-restore"))
                #expect(try series.read().isEmpty)
            }
        }
    }

    @Test("an earlier checkpoint catches a rewrite older than the newest one", arguments: TestDatabase.available)
    func earlierHeads(_ database: TestDatabase) async throws {
        try await Self.withStartedSeries(database) { store, series in
                try await Self.append(store, 3)
                _ = try await store.signAuditHead(into: series, at: Self.now)
                try await Self.append(store, 3, from: 4)
                _ = try await store.signAuditHead(into: series, at: Self.now)
                _ = try await AuditChainTests.rewrite(entry: 2, store, store.db as! any SQLDatabase)
                #expect(try await store.verifyAudit(against: try series.read().map(\.head))
                        == .broken(sequence: 3, reason: "entry 3 differs from the signed checkpoint: the log was rewritten"))
        }
    }

    @Test("two servers signing at once add one checkpoint", arguments: TestDatabase.available)
    func oneSignerAtATime(_ database: TestDatabase) async throws {
        try await Self.withStartedSeries(database) { store, series in
                try await Self.append(store, 2)
                let outcomes = try await withThrowingTaskGroup(of: AuditSigning.self) { group in
                    for _ in 0..<4 { group.addTask { try await store.signAuditHead(into: series, at: Self.now) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(outcomes.filter { if case .signed = $0 { true } else { false } }.count == 1, "\(outcomes)")
                #expect(try series.read().map(\.index) == [0, 1])
        }
    }

    @Test("an altered, removed or slipped-in checkpoint file makes the series unreadable")
    func damagedSeries() async throws {
        for damage in ["alter", "remove", "slip"] {
            try await Self.withSeries { series, _ in
                for sequence in 0..<3 { _ = try series.append(.init(sequence: sequence, hash: "h\(sequence)"), at: Self.now) }
                let folder = URL(fileURLWithPath: series.folder)
                let second = folder.appendingPathComponent("0000000001.json")
                switch damage {
                case "alter":
                    let text = try String(contentsOf: second, encoding: .utf8)
                    try text.replacingOccurrences(of: "\"h1\"", with: "\"h9\"").write(to: second, atomically: true, encoding: .utf8)
                case "remove": try FileManager.default.removeItem(at: second)
                default: try FileManager.default.copyItem(at: second, to: folder.appendingPathComponent("0000000003.json"))
                }
                #expect(throws: StoreError.self, "\(damage)") { try series.read() }
            }
        }
    }
}
