import ArgumentParser
import Foundation
import SharewellStore

extension Sharewell {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the audit log.", subcommands: [Verify.self])
    }
}

extension Sharewell.Audit {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the audit chain and compare it with the signed checkpoint.",
            discussion: "Exits 1 and names the first bad entry after any edit, deletion, reordering or truncation.")

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let checkpoint = try AuditCheckpoint.read(from: CommandEnvironment.checkpointPath)
            if let checkpoint, !checkpoint.isAuthentic(under: try CommandEnvironment.serverKey()) {
                throw VerifyFailure(message: "The checkpoint \(CommandEnvironment.checkpointPath) is not signed by this server's key: it was altered, or SHAREWELL_KEY_FILE is wrong.")
            }
            let result = try await CommandEnvironment.withDatabases { try await $0.store.verifyAudit(against: checkpoint?.head) }
            switch result {
            case .intact(let entries, let head):
                print("The audit log is intact: \(entries) entries, head \(head.prefix(16))….")
                if let checkpoint { print("It matches the checkpoint signed at \(checkpoint.signedAt) (entry \(checkpoint.head.sequence)).") }
                else { print("There is no checkpoint yet, so removal of the newest entries could not be checked.") }
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
