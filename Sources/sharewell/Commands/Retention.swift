import ArgumentParser
import Foundation
import SharewellStore

extension Sharewell {
    /// The retention job by hand (the server also runs it every hour).
    struct Retention: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Destroy shared data whose agreement's retention period has ended.",
            discussion: "Each destruction is written to the audit log with what was destroyed and why.")

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let run = try await CommandEnvironment.withDatabases { try await $0.store.destroyExpiredExtracts(at: Date()) }
            print(run.extracts == 0 ? "Nothing has reached the end of its retention period."
                  : "Destroyed \(run.extracts) extracts past their retention period: \(run.patients) patients' details and \(run.links) links.")
        }
    }
}
