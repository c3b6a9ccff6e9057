import Foundation
import Testing

/// Runs the built `sharewell` executable as a user would, in a scratch folder, and reads its
/// exit status and output (as argument-parser's own example tests do).
struct CommandRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static var executable: URL {
        // The test bundle sits beside the products it was built with.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sharewell").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("sharewell")
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> CommandRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        env["LOG_LEVEL"] = "error"
        process.environment = env.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sharewell-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

@Suite("sharewell command")
struct CommandTests {
    @Test("demo writes a borough into ./data/sharewell.sqlite, then refuses to write a second")
    func demo() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CommandRun.run(["demo", "--people", "1000", "--seed", "5"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Loaded the demo borough (seed 5)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/sharewell.sqlite").path))

        let second = try CommandRun.run(["demo", "--people", "1000", "--seed", "6"], in: folder)
        #expect(second.status != 0)
        #expect(second.stderr.contains("already holds"))
    }

    @Test("the same seed writes the same borough")
    func deterministic() throws {
        let a = try CommandRun.scratchFolder(), b = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let first = try CommandRun.run(["demo", "--people", "1000", "--seed", "9"], in: a)
        let second = try CommandRun.run(["demo", "--people", "1000", "--seed", "9"], in: b)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test("bad flags are refused with a message naming them, and write nothing", arguments: [
        (["demo", "--people", "10"], "between 1,000 and 2,000,000"),
        (["demo", "--people", "many"], "people"),
        (["serve", "--port", "70000"], "--port must be between 1 and 65535"),
        (["serve"], "Serving without --demo needs SHAREWELL_AUDIT_CHECKPOINTS"),
        (["serve", "--clock-start", "2028-03-01T09:00:00Z"], "--clock-start is honoured only with --demo"),
        (["serve", "--demo", "--clock-start", "next tuesday"], "--clock-start must be an instant like 2026-12-02T09:00:00Z"),
        (["frobnicate"], "frobnicate"),
    ])
    func badFlags(_ arguments: [String], _ message: String) throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(arguments, in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/sharewell.sqlite").path))
    }

    @Test("serving real data needs a server key kept outside the data folder")
    func keyRequired() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(["serve"], in: folder, environment: ["SHAREWELL_AUDIT_CHECKPOINTS": folder.appendingPathComponent("checkpoints").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Serving without --demo needs SHAREWELL_KEY_FILE"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/sharewell.key").path))
    }

    @Test("a PORT that is not a port is refused")
    func badPortVariable() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(["serve"], in: folder, environment: ["PORT": "eighty"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("PORT must be a number"))
    }

    @Test("migrate creates the database and says where it is")
    func migrate() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(["migrate"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("up to date (SQLite file data/sharewell.sqlite)"))
    }

    @Test("logs are JSON lines")
    func jsonLogs() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.run(["migrate"], in: folder, environment: ["LOG_LEVEL": "debug"])
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["level"] != nil && object?["message"] != nil)
        }
    }
}
