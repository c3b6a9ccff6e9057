import ArgumentParser
import Foundation
import SharewellDemo
import SharewellStore

extension Sharewell {
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic borough into an empty database.",
            discussion: "The same seed always gives the same borough. NHS numbers come only from the 999 test range.")

        @Option(help: "How many people live in the borough (1000 to 2000000).")
        var people = 1_000

        @Option(help: "The seed for the generator.")
        var seed: UInt64 = 1

        func validate() throws {
            guard DemoBorough.sizes.contains(people) else { throw StoreError.invalidBoroughSize(people).validationError }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let target = people
            do {
                let summary = try await CommandEnvironment.withDatabases { databases in
                    try await CommandEnvironment.migrate(databases, demo: true)
                    let summary = try await DemoBorough.load(people: target, seed: seed, into: databases.store, at: Date()) { written in
                        FileHandle.standardError.write(Data("\rWritten \(written) of \(target) people".utf8))
                    }
                    try await CommandEnvironment.writeCheckpoint(databases, demo: true)
                    return summary
                }
                FileHandle.standardError.write(Data("\n".utf8))
                print("Loaded the demo borough (seed \(seed)): \(summary).")
            } catch let error as StoreError {
                throw error.validationError
            }
        }
    }
}
