import ArgumentParser
import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import SyntheticBorough

extension Sharewell.Attendance {
    /// A school's files sent from the server itself: what the web upload and the API do, for
    /// scripted loads and the import benchmark.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a school's pupil file and/or session marks into the database.",
            discussion: "All or nothing, with every check the web upload makes; a bad file names its lines and stores nothing (exit 1).")

        @Option(help: "The school's URN, as in the directory.") var school: String
        @Option(help: "The pupil file (CSV: \(AttendanceSampleFiles.pupilHeader)).") var pupils: String?
        @Option(help: "The session marks file (CSV: upn,date,session,code).") var marks: String?
        @Option(help: "Per-pupil summaries (CSV: \(PupilSummaryCSV.header)).") var summaries: String?
        @Option(help: "A DfE Common Transfer File (XML); its attendance part is imported.") var ctf: String?

        func validate() throws {
            if [pupils, marks, summaries, ctf].allSatisfy({ $0 == nil }) { throw ValidationError("Give --pupils, --marks, --summaries or --ctf, or several.") }
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let (pupilPath, marksPath, summariesPath, ctfPath, school) = (pupils, marks, summaries, ctf, school)
            do {
                try await CommandEnvironment.withDatabases { databases in
                    try await CommandEnvironment.migrate(databases)
                    let actor = try await databases.store.commandActor("attendance import", organisationCode: school, permissions: [.importAttendance])
                    if let pupilPath {
                        let rows = try Self.bytes(pupilPath) { try PupilFileCSV.read($0) }
                        let summary = try await databases.store.importPupils(rows, by: actor, at: Date())
                        print("Pupils: \(summary.added) added, \(summary.updated) updated, \(summary.withPractice) with a GP practice.")
                    }
                    if let marksPath {
                        let upload = try await databases.store.readMarks(try Self.bytes(marksPath) { Array($0) }, period: nil, by: actor)
                        let summary = try await databases.store.importAttendance(upload, by: actor, at: Date())
                        print("Stored \(summary.marks) marks for \(summary.pupils) pupils from \(summary.period.lowerBound) to \(summary.period.upperBound).")
                    }
                    if let summariesPath {
                        let rows = try Self.bytes(summariesPath) { try PupilSummaryCSV.read($0) }
                        print("Stored \(try await databases.store.importSummaries(rows, by: actor, at: Date())) per-pupil summaries.")
                    }
                    if let ctfPath {
                        let file = try Self.bytes(ctfPath) { try CommonTransferFile.read(Array($0)) }
                        let s = try await databases.store.importTransferFile(file, by: actor, at: Date())
                        print("Common Transfer File: \(s.pupils) pupils (\(s.added) added), \(s.yearsOfMarks) years of marks, \(s.yearsOfTotals) years of totals.")
                    }
                    try await CommandEnvironment.writeCheckpoint(databases)
                }
            } catch let error as StoreError {
                throw error.validationError
            } catch let error as FormatError {
                throw ValidationError("The file was not imported; nothing was stored.\n\(error)")
            }
        }

        static func bytes<T>(_ path: String, _ read: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Cannot read \(path).") }
            return try data.withUnsafeBytes { try read($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Synthetic files for the import benchmark.
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic pupil file and a year of session marks (for bench/attendance-import).")

        @Option(help: "How many pupils.") var pupils = 1_500
        @Option(help: "The seed for the generator.") var seed: UInt64 = 1
        @Option(help: "A GP practice code to register every pupil with.") var practice: String?
        @Option(help: "The folder to write pupils.csv and marks.csv into.") var out: String

        func run() throws {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let marks = try AttendanceSampleFiles.write(pupils: pupils, seed: seed, practice: practice, to: URL(fileURLWithPath: out))
            print("Wrote \(pupils) pupils and \(marks) marks to \(out).")
        }
    }
}
