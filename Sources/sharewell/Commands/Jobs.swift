import ArgumentParser
import Foundation
import SharewellDemo
import SharewellStore

extension Sharewell {
    /// The job queue as the operator sees it: every organisation's jobs and the server's own.
    struct Jobs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List jobs, newest first: kind, organisation, state, tries, progress and times.",
            discussion: "Times are UTC. NOTE is why the last try failed. Shows no payload and no names.")

        @Option(help: "Only jobs in this state: \(JobState.allCases.map(\.rawValue).joined(separator: ", ")).")
        var state: String?

        @Option(help: "At most this many jobs.")
        var limit = 50

        func validate() throws {
            if let state, JobState(rawValue: state) == nil {
                throw ValidationError("--state must be one of \(JobState.allCases.map(\.rawValue).joined(separator: ", ")); ‘\(state.prefix(40))’ is not.")
            }
            if !(1...10_000).contains(limit) { throw ValidationError("--limit must be between 1 and 10000; \(limit) is not.") }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let filter = state.flatMap(JobState.init(rawValue:))
            let jobs = try await {
                do {
                    return try await CommandEnvironment.withDatabases { databases in
                        try await databases.store.jobQueue.requireTable()
                        return try await databases.store.jobQueue(.withDemo).all(state: filter, limit: limit)
                    }
                } catch let error as StoreError {
                    throw error.validationError
                }
            }()
            if jobs.isEmpty {
                print(filter.map { "No \($0.rawValue) jobs." } ?? "No jobs.")
            } else {
                print(Self.table(jobs), terminator: "")
            }
        }

        /// A plain table, columns padded to their widest cell, the last (the note) left as it is.
        static func table(_ jobs: [JobSummary]) -> String {
            let header = ["ID", "KIND", "ORGANISATION", "STATE", "TRIES", "PROGRESS", "CREATED", "STARTED", "FINISHED", "NOTE"]
            let rows = jobs.map { job in
                [job.id.uuidString.lowercased(), job.kind.rawValue, job.organisationCode.isEmpty ? "(server)" : job.organisationCode, job.state.rawValue,
                 "\(job.attempts)/\(job.maxAttempts)", job.progressTotal > 0 ? "\(job.progressDone)/\(job.progressTotal)" : "-",
                 time(job.createdAt), job.startedAt.map(time) ?? "-", job.finishedAt.map(time) ?? "-", job.error ?? ""]
            }
            let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            return ([header] + rows).map { cells in
                cells.enumerated().map { column, cell in
                    column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            }.joined()
        }

        private static func time(_ date: Date) -> String {
            date.formatted(Date.ISO8601FormatStyle())
        }
    }
}
