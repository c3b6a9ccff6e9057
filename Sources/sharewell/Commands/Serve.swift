import ArgumentParser
import Foundation
import SharewellCore
import SharewellStore
import SharewellWeb

extension Sharewell {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the web server (migrates the database first).",
            discussion: "Uses DATABASE_URL when set, else the SQLite file data/sharewell.sqlite.")

        @Option(help: "The address to listen on. 0.0.0.0 listens on every interface.")
        var hostname = "127.0.0.1"

        @Option(help: "The port to listen on (default: PORT, else 8080).")
        var port: Int?

        @Flag(help: "Load a small synthetic borough if the database is empty.")
        var demo = false

        @Option(help: "Job workers to run in this process (0 for none: `sharewell worker` processes run the jobs). SQLite supports one.")
        var workers = 1

        @Option(help: "With --demo only: the instant the server's clock starts at (ISO 8601, like 2026-12-02T09:00:00Z); it then advances in real time.")
        var clockStart: String?

        func validate() throws {
            if let port, !(1...65_535).contains(port) { throw ValidationError("--port must be between 1 and 65535; \(port) is not.") }
            if port == nil, let text = CommandEnvironment.variables["PORT"], Int(text).map({ (1...65_535).contains($0) }) != true {
                throw ValidationError("PORT must be a number between 1 and 65535; it is ‘\(text)’.")
            }
            if !(0...16).contains(workers) { throw ValidationError("--workers must be between 0 and 16; \(workers) is not.") }
            if workers > 1, case .sqlite = CommandEnvironment.location {
                throw ValidationError("SQLite supports one job worker, the server's own: use --workers 1, or PostgreSQL (DATABASE_URL) for more.")
            }
            if clockStart != nil, !demo {
                throw ValidationError("--clock-start is honoured only with --demo: a server holding real records keeps real time.")
            }
            if let clockStart, Self.instant(clockStart) == nil {
                throw ValidationError("--clock-start must be an instant like 2026-12-02T09:00:00Z; ‘\(clockStart.prefix(40))’ is not.")
            }
            if !demo, (CommandEnvironment.variables["SHAREWELL_AUDIT_CHECKPOINTS"] ?? "").isEmpty {
                throw ValidationError("Serving without --demo needs SHAREWELL_AUDIT_CHECKPOINTS: a folder for the signed audit checkpoints, on storage the database's administrators cannot write (shared by every server).")
            }
            if !demo, !CommandEnvironment.keyFile(demo: false).configured {
                throw ValidationError("Serving without --demo needs SHAREWELL_KEY_FILE: a file, kept outside the data folder and its backups, holding a base64 key of 32 bytes (for example from `openssl rand -base64 32`). The key beside the database is only for --demo.")
            }
        }

        static func instant(_ text: String) -> Date? {
            try? Date(text.trimmingCharacters(in: .whitespaces), strategy: .iso8601)
        }

        func run() async throws {
            CommandEnvironment.bootstrapLogging()
            let port = port ?? CommandEnvironment.variables["PORT"].flatMap(Int.init) ?? 8080
            do {
                let key = CommandEnvironment.keyFile(demo: demo)
                var settings = ServeSettings(location: CommandEnvironment.location, hostname: hostname, port: port, demo: demo,
                                             keyFile: key.path, createKeyIfMissing: key.createIfMissing,
                                             checkpointFolder: CommandEnvironment.checkpointFolder,
                                             now: clockStart.flatMap(Self.instant).map { Clock.starting(at: $0) }?.now ?? Clock.real.now)
                settings.workers = workers
                try await serve(settings)
            } catch let error as StoreError {
                throw error.validationError
            }
        }
    }
}
