import ArgumentParser
import Foundation
import SharewellStore
import SharewellCore

extension Sharewell {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the audit log.", subcommands: [Verify.self, AcknowledgeRestore.self, PurgeTexts.self])
    }
}

extension Sharewell.Audit {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the audit chain and compare it with every signed checkpoint since the last acknowledged restore.",
            discussion: "Exits 1 and names the first bad entry after any edit, deletion, reordering, truncation or rewrite, and when a chain with entries has no checkpoint.")

        @Flag(help: "Accept a chain with entries but no signed checkpoint (removal of the newest entries then cannot be checked).")
        var allowMissingCheckpoint = false

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let series: [AuditCheckpoint]
            do { series = try CommandEnvironment.checkpoints().read() } catch let error as StoreError { throw VerifyFailure(message: error.message) }
            let standing = AuditCheckpoint.binding(series)
            let result = try await CommandEnvironment.withDatabases { try await $0.store.verifyAudit(against: standing.map(\.head)) }
            switch result {
            case .intact(let entries, let head):
                guard let newest = standing.last, newest.head.sequence > 0 || entries == 0 else {
                    guard allowMissingCheckpoint else {
                        throw VerifyFailure(message: "The audit log has \(entries) entries but no signed checkpoint in \(CommandEnvironment.checkpointFolder): removal of the newest entries cannot be checked. Pass --allow-missing-checkpoint to accept that, or run `sharewell audit acknowledge-restore --reason …` after restoring a backup.")
                    }
                    print("The audit log is intact: \(entries) entries, head \(head.prefix(16))….")
                    print("There is no checkpoint yet, so removal of the newest entries could not be checked.")
                    return
                }
                print("The audit log is intact: \(entries) entries, head \(head.prefix(16))….")
                print("It matches the \(standing.count) checkpoints signed since \(standing[0].signedAt) that bind it; the newest, signed at \(newest.signedAt), is entry \(newest.head.sequence).")
                if newest.head.sequence < entries { print("Entries \(newest.head.sequence + 1) to \(entries) are newer than the newest checkpoint.") }
            case .broken(let sequence, let reason):
                throw VerifyFailure(message: "The audit log has been tampered with at entry \(sequence): \(reason).")
            }
        }
    }

    struct VerifyFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension Sharewell.Audit {
    struct AcknowledgeRestore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "acknowledge-restore",
            abstract: "Accept that the audit chain no longer extends the newest checkpoint because a backup was restored.",
            discussion: "Writes the reason into the audit log, then signs the chain's head as a checkpoint that starts afresh; `audit verify` checks from there. Refused when the chain is broken in itself, or still extends the newest checkpoint.")

        @Option(help: "Which backup was restored, when and why (recorded in the audit log).")
        var reason: String

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--reason must say which backup was restored, when and why.") }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            do {
                let checkpoint = try await CommandEnvironment.withDatabases { databases in
                    try await databases.store.acknowledgeRestore(into: try CommandEnvironment.checkpoints(), reason: reason,
                                                                 by: .system("audit acknowledge-restore"), at: Date())
                }
                print("Acknowledged the restore: checkpoint \(checkpoint.index) signs entry \(checkpoint.head.sequence); audit verify checks from here.")
            } catch let error as StoreError {
                throw error.validationError
            }
        }
    }
}

extension Sharewell.Audit {
    struct PurgeTexts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "purge-texts",
            abstract: "Destroy what people typed into audit entries (justifications, reasons, who gave consent) written before a day.",
            discussion: "The entries stay, with their references and categories, and `audit verify` still passes: the chain covers a keyed digest of each text, not the text. Entries written before texts were kept apart keep theirs. The purge is itself audited.")

        @Option(help: "Texts of entries written before this day (YYYY-MM-DD, England) are destroyed.")
        var before: String
        @Option(help: "The retention rule relied on (recorded in the audit log).")
        var reason: String

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            guard let day = CalendarDate(iso: before) else { throw ValidationError("--before must be a day written YYYY-MM-DD, such as 2025-09-01.") }
            do {
                let purged = try await CommandEnvironment.withDatabases { databases in
                    try await databases.store.purgeAuditTexts(writtenBefore: day, reason: reason, by: .system("audit purge-texts"), at: Date())
                }
                print("Destroyed the texts of \(purged) audit \(purged == 1 ? "entry" : "entries") written before \(day).")
            } catch let error as StoreError {
                throw error.validationError
            }
        }
    }
}
