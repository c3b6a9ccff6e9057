import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// A file sent after a time-out is kept sealed, for its owner only, one each, for a day (issue 15).
@Suite("Files kept after a session timed out")
struct KeptUploadTests {
    static let csv = "upn,date,session,code\nA123456789012,2025-09-01,AM,/\n"

    static func upload(_ text: String = csv, name: String = "marks.csv") -> NewKeptUpload {
        NewKeptUpload(uploadPath: "/attendance/import", page: "/attendance/import", field: "marks", fileName: name, file: Data(text.utf8),
                      fields: [.init(name: "from", value: "2025-09-01")])
    }

    static func otherUser(_ store: Store) async throws -> UUID {
        try await store.addUser(NewUser(organisationCode: "P81001", email: "other@nhs.example", displayName: "Other", role: .safeguardingLead,
                                        passwordHash: "hash"), by: .system("test"), at: IdentityFixture.now)
    }

    @Test("kept sealed under the server key, named on its page and opened only for its owner", arguments: TestDatabase.available)
    func sealedForOwner(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let now = IdentityFixture.now
            let kept = try await store.keepUpload(Self.upload(), owner: id, at: now)
            let shown = try #require(try await store.keptUpload(for: id, page: "/attendance/import", at: now))
            #expect(shown.id == kept && shown.fileName == "marks.csv" && shown.size == Self.csv.utf8.count && shown.field == "marks")
            #expect(try await store.keptUpload(for: id, page: "/early-help/indicators", at: now) == nil, "offered on its own page only")

            let sql = store.sql
            let row = try #require(try await sql.select().columns("sealed_file", "sealed_details").from("kept_uploads").first())
            let file = try row.decode(column: "sealed_file", as: Data.self), details = try row.decode(column: "sealed_details", as: Data.self)
            #expect(file.count > Self.csv.utf8.count && file.range(of: Data("A123456789012".utf8)) == nil, "the stored bytes are not the file")
            #expect(details.range(of: Data("marks.csv".utf8)) == nil && details.range(of: Data("2025-09-01".utf8)) == nil)

            let other = try await Self.otherUser(store)
            #expect(try await store.openKeptUpload(kept, for: other, at: now) == nil, "nobody else opens it")
            #expect(try await store.discardKeptUpload(kept, for: other) == nil, "nor discards it")
            let opened = try #require(try await store.openKeptUpload(kept, for: id, at: now))
            #expect(opened.file == Data(Self.csv.utf8) && opened.fields == [.init(name: "from", value: "2025-09-01")])

            // A sealed file moved to another person's row does not open for them.
            try await sql.update("kept_uploads").set("owner_user_id", to: other).run()
            await #expect(throws: StoreError.self) { try await store.openKeptUpload(kept, for: other, at: now) }
            try await sql.update("kept_uploads").set("owner_user_id", to: id).run()

            // Without the server key nothing is kept or read, rather than kept in plain text.
            let keyless = Store(store.db)
            await #expect(throws: StoreError.self) { try await keyless.keepUpload(Self.upload(), owner: id, at: now) }
            await #expect(throws: StoreError.self) { try await keyless.openKeptUpload(kept, for: id, at: now) }

            #expect(try await store.discardKeptUpload(kept, for: id) == "/attendance/import")
            #expect(try await store.openKeptUpload(kept, for: id, at: now) == nil, "gone once discarded")
        }
    }

    @Test("one a person: a newer file replaces the older; after a day it is no longer offered", arguments: TestDatabase.available)
    func oneEachForADay(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let now = IdentityFixture.now
            let first = try await store.keepUpload(Self.upload(name: "first.csv"), owner: id, at: now)
            let second = try await store.keepUpload(Self.upload(name: "second.csv"), owner: id, at: now.addingTimeInterval(60))
            #expect(try await store.openKeptUpload(first, for: id, at: now.addingTimeInterval(60)) == nil)
            #expect(try await store.keptUpload(for: id, page: "/attendance/import", at: now.addingTimeInterval(60))?.fileName == "second.csv")
            let other = try await Self.otherUser(store)
            _ = try await store.keepUpload(Self.upload(name: "theirs.csv"), owner: other, at: now.addingTimeInterval(60))
            #expect(try await store.keptUpload(for: id, page: "/attendance/import", at: now.addingTimeInterval(60))?.id == second,
                    "another person's file replaces nothing of mine")

            let dayLater = now.addingTimeInterval(60 + Store.pendingFormLifetime + 1)
            #expect(try await store.keptUpload(for: id, page: "/attendance/import", at: dayLater) == nil)
            #expect(try await store.openKeptUpload(second, for: id, at: dayLater) == nil)
        }
    }

    @Test("the file's name is kept without folders, control or invisible characters, quotes, at most 100 characters",
          arguments: [("marks.csv", "marks.csv"), ("C:\\Users\\amy\\Desktop\\marks.csv", "marks.csv"), ("/home/amy/marks.csv", "marks.csv"),
                      ("evil\u{202E}vsc.exe", "evilvsc.exe"), ("two\r\nlines\".csv", "twolines.csv"), ("  spaced   out .csv ", "spaced out .csv"),
                      ("\u{200B}", "file"), ("", "file"), (String(repeating: "a", count: 300) + ".csv", String(repeating: "a", count: 100))])
    func safeFileName(_ sent: String, _ kept: String) {
        #expect(KeptUpload.safeFileName(sent) == kept)
    }
}
