import FluentKit
import Foundation
import SharewellCore
import SQLKit
import SharewellStore
import Testing

@Suite("sharewell user, token and audit commands")
struct AccountCommandTests {
    /// A scratch folder holding a demo borough written by the command itself.
    static func withBorough(_ body: (URL) async throws -> Void) async throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try CommandRun.run(["demo", "--people", "1000", "--seed", "1"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        try await body(folder)
    }

    static func sql(_ folder: URL, _ statement: String) async throws {
        let databases = try StoreDatabases(.sqlite(path: folder.appendingPathComponent("data/sharewell.sqlite").path))
        do { try await (databases.database as! any SQLDatabase).raw(SQLQueryString(stringLiteral: statement)).run() } catch { await databases.shutdown(); throw error }
        await databases.shutdown()
    }

    @Test("demo leaves an audit trail, signed at the end, that audit verify accepts")
    func demoTrailVerifies() async throws {
        try await Self.withBorough { folder in
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/audit-checkpoints/0000000001.json").path))
            let verify = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(verify.status == 0, "\(verify.stderr)")
            #expect(verify.stdout.contains("The audit log is intact"))
            #expect(verify.stdout.contains("It matches the 2 checkpoints signed since"), "\(verify.stdout)")
        }
    }

    @Test("audit verify exits 1 naming the first bad entry after an edit, a deletion or a truncation", arguments: [
        ("UPDATE audit_entries SET detail = 'nothing to see' WHERE sequence = 3", "entry 3"),
        ("DELETE FROM audit_entries WHERE sequence = 2", "entry 2"),
        ("DELETE FROM audit_entries WHERE sequence = (SELECT MAX(sequence) FROM audit_entries)", "truncated"),
    ])
    func tamper(_ statement: String, _ named: String) async throws {
        try await Self.withBorough { folder in
            try await Self.sql(folder, statement)
            let verify = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(verify.status == 1)
            #expect(verify.stderr.contains("tampered with"))
            #expect(verify.stderr.contains(named), "\(verify.stderr)")
        }
    }

    @Test("a checkpoint not signed by the server key is refused")
    func forgedCheckpoint() async throws {
        try await Self.withBorough { folder in
            let path = folder.appendingPathComponent("data/audit-checkpoints/0000000001.json")
            let text = try String(contentsOf: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"signature\" : \"", with: "\"signature\" : \"00").write(to: path, atomically: true, encoding: .utf8)
            let verify = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(verify.status == 1)
            #expect(verify.stderr.contains("not signed by this server's key"))
        }
    }

    @Test("a chain with entries and no checkpoint fails verify unless --allow-missing-checkpoint")
    func missingCheckpoint() async throws {
        try await Self.withBorough { folder in
            try FileManager.default.removeItem(at: folder.appendingPathComponent("data/audit-checkpoints"))
            let verify = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(verify.status == 1)
            #expect(verify.stderr.contains("no signed checkpoint"), "\(verify.stderr)")
            let allowed = try CommandRun.run(["audit", "verify", "--allow-missing-checkpoint"], in: folder)
            #expect(allowed.status == 0, "\(allowed.stderr)")
            #expect(allowed.stdout.contains("There is no checkpoint yet"))
        }
    }

    @Test("restoring an older backup is caught by verify until acknowledge-restore records why; a broken chain cannot be acknowledged")
    func restore() async throws {
        try await Self.withBorough { folder in
            let database = folder.appendingPathComponent("data/sharewell.sqlite"), backup = folder.appendingPathComponent("backup.sqlite")
            try FileManager.default.copyItem(at: database, to: backup)
            #expect(try CommandRun.run(["user", "add", "--org", "P81001", "--role", "auditor", "--email", "a@mill.example"], in: folder).status == 0)
            try FileManager.default.removeItem(at: database)
            try FileManager.default.copyItem(at: backup, to: database)

            let verify = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(verify.status == 1 && verify.stderr.contains("truncated"), "\(verify.stderr)")
            let noReason = try CommandRun.run(["audit", "acknowledge-restore", "--reason", "  "], in: folder)
            #expect(noReason.status != 0 && noReason.stderr.contains("--reason"))
            let acknowledged = try CommandRun.run(["audit", "acknowledge-restore", "--reason", "Restored Tuesday's backup after disk failure"], in: folder)
            #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
            let again = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(again.status == 0, "\(again.stderr)")
            let twice = try CommandRun.run(["audit", "acknowledge-restore", "--reason", "again"], in: folder)
            #expect(twice.status != 0 && twice.stderr.contains("nothing to acknowledge"), "\(twice.stderr)")

            let databases = try StoreDatabases(.sqlite(path: database.path))
            let sql = databases.database as! any SQLDatabase
            let rows = try await sql.raw("SELECT detail, text FROM audit_entries JOIN audit_texts ON audit_texts.sequence = audit_entries.sequence WHERE action = 'acknowledge-restore'").all()
            await databases.shutdown()
            #expect(rows.count == 1)
            // The reason is what a person typed: kept beside the chain, where retention can purge it.
            #expect(try rows.first?.decode(column: "text", as: String.self).contains("Tuesday's backup") == true)
            #expect(try rows.first?.decode(column: "detail", as: String.self).contains("Tuesday's backup") == false)

            // Retention destroys what was typed before a day; texts typed today are kept; the chain still verifies.
            let today = CalendarDate(inEngland: Date()), tomorrow = today.advanced(by: 1)
            let badDay = try CommandRun.run(["audit", "purge-texts", "--before", "next week", "--reason", "policy"], in: folder)
            #expect(badDay.status != 0 && badDay.stderr.contains("--before must be a day written YYYY-MM-DD"), "\(badDay.stderr)")
            let future = try CommandRun.run(["audit", "purge-texts", "--before", "\(tomorrow)", "--reason", "policy"], in: folder)
            #expect(future.status != 0 && future.stderr.contains("The day must not be after today"), "\(future.stderr)")
            let purged = try CommandRun.run(["audit", "purge-texts", "--before", "\(today)", "--reason", "Audit free text kept one year"], in: folder)
            #expect(purged.status == 0 && purged.stdout.contains("Destroyed the texts of 0 audit entries written before \(today)."), "\(purged.stdout)\(purged.stderr)")
            let afterPurge = try CommandRun.run(["audit", "verify"], in: folder)
            #expect(afterPurge.status == 0, "\(afterPurge.stderr)")

            try await Self.sql(folder, "UPDATE audit_entries SET detail = 'x' WHERE sequence = 3")
            let broken = try CommandRun.run(["audit", "acknowledge-restore", "--reason", "cover it up"], in: folder)
            #expect(broken.status != 0 && broken.stderr.contains("not a backup of the signed history"), "\(broken.stderr)")
        }
    }

    @Test("user add creates the first administrator, who can then sign in; bad input is refused")
    func userAdd() async throws {
        try await Self.withBorough { folder in
            let added = try CommandRun.run(["user", "add", "--org", "p81001", "--role", "administrator", "--email", "Admin@Mill.example", "--name", "Practice Manager"], in: folder)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("Created Administrator admin@mill.example in P81001."))
            let password = try #require(added.stdout.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
            #expect(password.count >= 40)

            let databases = try StoreDatabases(.sqlite(path: folder.appendingPathComponent("data/sharewell.sqlite").path))
            let credentials = try await databases.store.credentials(email: "admin@mill.example")
            await databases.shutdown()
            #expect(credentials?.passwordHash.hasPrefix("$2") == true, "stored as a bcrypt hash")

            let again = try CommandRun.run(["user", "add", "--org", "P81001", "--role", "administrator", "--email", "admin@mill.example"], in: folder)
            #expect(again.status != 0 && again.stderr.contains("already an account"))
            let badRole = try CommandRun.run(["user", "add", "--org", "P81001", "--role", "wizard", "--email", "w@mill.example"], in: folder)
            #expect(badRole.status != 0 && badRole.stderr.contains("‘wizard’ is not a role"))
            let badOrg = try CommandRun.run(["user", "add", "--org", "Z99999", "--role", "practitioner", "--email", "p@mill.example"], in: folder)
            #expect(badOrg.status != 0 && badOrg.stderr.contains("no organisation with the code Z99999"))
            #expect(try CommandRun.run(["audit", "verify"], in: folder).status == 0)
        }
    }

    @Test("token create prints a token once; it is stored only as a hash and works against the store")
    func tokenCreate() async throws {
        try await Self.withBorough { folder in
            let created = try CommandRun.run(["token", "create", "--org", "P81001", "--scope", "records:read", "--name", "EMIS export"], in: folder)
            #expect(created.status == 0, "\(created.stderr)")
            let secret = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(secret.hasPrefix("sw_"))
            let databases = try StoreDatabases(.sqlite(path: folder.appendingPathComponent("data/sharewell.sqlite").path))
            let client = try await databases.store.apiClient(token: secret, at: Date())
            await databases.shutdown()
            #expect(client?.organisationCode == "P81001")
            let badScope = try CommandRun.run(["token", "create", "--org", "P81001", "--scope", "everything"], in: folder)
            #expect(badScope.status != 0 && badScope.stderr.contains("‘everything’ is not an API token scope"))
        }
    }
}
