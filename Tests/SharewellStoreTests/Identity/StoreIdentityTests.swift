import FluentKit
import Foundation
import SQLKit
import SharewellCore
@testable import SharewellStore
import SharewellTestSupport
import Testing

/// Fixtures: two organisations and a user in the first.
enum IdentityFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let practice = DirectoryEntry.sample(code: "P81001", kind: .gpPractice, name: "Mill Lane Surgery")
    static let school = DirectoryEntry.sample(code: "200101", kind: .school, name: "Church Primary")

    static func withUser(_ database: TestDatabase, role: Role = .safeguardingLead,
                         _ body: (Store, UUID) async throws -> Void) async throws {
        try await database.withStore { plain async throws in
            let store = Store(plain.db, secrets: ServerSecrets(serverKey: .generate()))
            try await store.addOrganisations([practice, school])
            let id = try await store.addUser(NewUser(organisationCode: "p81001", email: " Amina.Khan@NHS.example ", displayName: "Amina Khan",
                                                     role: role, passwordHash: "hash"), by: .system("test"), at: now)
            try await body(store, id)
        }
    }
}

@Suite("Accounts, sessions and API tokens")
struct StoreIdentityTests {
    @Test("an account is created once per email, in an existing organisation, with a plausible email", arguments: TestDatabase.available)
    func addUser(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let credentials = try #require(try await store.credentials(email: "amina.khan@nhs.example"))
            #expect(credentials.userID == id && credentials.totp == nil)
            let again = NewUser(organisationCode: "P81001", email: "AMINA.KHAN@nhs.example", displayName: "x", role: .practitioner, passwordHash: "h")
            await #expect(throws: StoreError.duplicateEmail("amina.khan@nhs.example")) { try await store.addUser(again, by: .system("t"), at: IdentityFixture.now) }
            let nowhere = NewUser(organisationCode: "Z99999", email: "a@b.example", displayName: "x", role: .practitioner, passwordHash: "h")
            await #expect(throws: StoreError.unknownOrganisation("Z99999")) { try await store.addUser(nowhere, by: .system("t"), at: IdentityFixture.now) }
            for bad in ["no-at-sign", "a@b", "a b@c.example", "@c.example", "a@.example"] {
                let user = NewUser(organisationCode: "P81001", email: bad, displayName: "x", role: .practitioner, passwordHash: "h")
                await #expect(throws: StoreError.invalidEmail(bad)) { try await store.addUser(user, by: .system("t"), at: IdentityFixture.now) }
            }
        }
    }

    @Test("the fifth failed sign-in in a row locks the account for 15 minutes; a sign-in clears the count", arguments: TestDatabase.available)
    func lockout(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let now = IdentityFixture.now
            for attempt in 1...4 { #expect(try await store.recordFailedSignIn(id, at: now.addingTimeInterval(Double(attempt))) == nil) }
            let locked = try #require(try await store.recordFailedSignIn(id, at: now.addingTimeInterval(5)))
            #expect(locked == now.addingTimeInterval(5 + Store.lockoutDuration))
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.lockedUntil == locked)
            _ = try await store.startSession(id, secondFactorPending: false, at: locked.addingTimeInterval(1))
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.lockedUntil == nil)
            for attempt in 1...4 { #expect(try await store.recordFailedSignIn(id, at: locked.addingTimeInterval(Double(10 + attempt))) == nil) }
        }
    }

    @Test("a session ends after 30 idle minutes, and activity keeps it alive", arguments: TestDatabase.available)
    func idleTimeout(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let start = IdentityFixture.now
            let token = try await store.startSession(id, secondFactorPending: false, at: start)
            guard case .active(let session) = try await store.session(token: token, at: start.addingTimeInterval(29 * 60)) else { Issue.record("expected active"); return }
            #expect(session.user.userID == id && session.user.organisationCode == "P81001" && !session.secondFactorPending)
            // Seen at 29 minutes, so alive until 29 + 30 minutes; that visit keeps it alive 30 minutes more.
            let lastSeen = start.addingTimeInterval(29 * 60 + Store.idleTimeout - 1)
            if case .expired = try await store.session(token: token, at: lastSeen) { Issue.record("ended while still in use") }
            // It ended 30 minutes after that visit, and says so: a file sent within the hour after is kept.
            let ended = EndedSession(csrfToken: session.csrfToken, userID: id, endedAt: lastSeen.addingTimeInterval(Store.idleTimeout), owner: session.user)
            #expect(try await store.session(token: token, at: lastSeen.addingTimeInterval(Store.idleTimeout + 1)) == .expired(ended))
            #expect(try await store.session(token: token, at: lastSeen.addingTimeInterval(Store.idleTimeout + 2)) == .unknown)
            #expect(try await store.session(token: "made-up", at: start) == .unknown)
        }
    }

    @Test("a session that times out before its two-factor code names no owner, so nothing is kept for a password alone",
          arguments: TestDatabase.available)
    func halfSignedInEndsWithoutOwner(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let start = IdentityFixture.now, later = start.addingTimeInterval(Store.idleTimeout + 1)
            let half = try await store.startSession(id, secondFactorPending: true, at: start)
            let full = try await store.startSession(id, secondFactorPending: false, at: start)
            guard case .expired(let halfEnded) = try await store.session(token: half, at: later),
                  case .expired(let fullEnded) = try await store.session(token: full, at: later) else { Issue.record("expected both ended"); return }
            #expect(halfEnded.userID == id && halfEnded.owner == nil)
            #expect(fullEnded.owner?.userID == id && fullEnded.endedAt == start.addingTimeInterval(Store.idleTimeout))
        }
    }

    @Test("two-factor keys are sealed with the server key; without it nothing is read as 'no second factor'; plain keys from before are sealed", arguments: TestDatabase.available)
    func sealedKeys(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let now = IdentityFixture.now, totp = TOTP.generate()
            try await store.beginTwoFactor(id, secret: totp)
            #expect(try await store.confirmTwoFactor(id, code: totp.code(step: TOTP.timeStep(at: now)), at: now))
            let sql = store.db as! any SQLDatabase
            struct Row: Decodable { let totp_secret: String }
            let stored = try #require(try await sql.raw("SELECT totp_secret FROM users").first(decoding: Row.self)?.totp_secret)
            #expect(stored.hasPrefix("sealed:v1:") && !stored.contains(totp.base32), "the database holds no usable key")
            await #expect(throws: StoreError.self, "a store without the key refuses, never answers 'no second factor'") {
                _ = try await Store(store.db).credentials(email: "amina.khan@nhs.example")
            }
            let otherKey = Store(store.db, secrets: ServerSecrets(serverKey: .generate()))
            await #expect(throws: StoreError.self) { _ = try await otherKey.credentials(email: "amina.khan@nhs.example") }

            try await sql.raw("UPDATE users SET totp_secret = \(bind: totp.base32)").run()  // as stored before sealing
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.totp == totp)
            #expect(try await store.sealPlainSecrets() == 1)
            let resealed = try #require(try await sql.raw("SELECT totp_secret FROM users").first(decoding: Row.self)?.totp_secret)
            #expect(resealed.hasPrefix("sealed:v1:"))
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.totp == totp)
        }
    }

    @Test("two-factor: a confirmed key turns it on, a code works once, and the half-session is replaced", arguments: TestDatabase.available)
    func twoFactor(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database) { store, id async throws in
            let now = IdentityFixture.now, totp = TOTP.generate()
            try await store.beginTwoFactor(id, secret: totp)
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.totp == nil)
            let wrong = totp.code(step: TOTP.timeStep(at: now) + 5)
            #expect(try await !store.confirmTwoFactor(id, code: wrong, at: now))
            #expect(try await store.confirmTwoFactor(id, code: totp.code(step: TOTP.timeStep(at: now)), at: now))
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.totp == totp)

            let later = now.addingTimeInterval(60)
            let half = try await store.startSession(id, secondFactorPending: true, at: later)
            guard case .active(let pending) = try await store.session(token: half, at: later) else { Issue.record("expected pending session"); return }
            #expect(pending.secondFactorPending)
            let code = totp.code(step: TOTP.timeStep(at: later))
            #expect(try await store.acceptTwoFactorCode(id, code: code, at: later))
            #expect(try await !store.acceptTwoFactorCode(id, code: code, at: later), "a code must not be accepted twice")
            let full = try #require(try await store.completeSecondFactor(token: half, at: later))
            #expect(full != half)
            #expect(try await store.session(token: half, at: later) == .unknown)
            guard case .active(let session) = try await store.session(token: full, at: later) else { Issue.record("expected full session"); return }
            #expect(!session.secondFactorPending)
        }
    }

    @Test("an API token works until revoked, and only its hash is stored", arguments: TestDatabase.available)
    func apiTokens(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database, role: .administrator) { store, id async throws in
            let admin = try #require(try await store.actingUser(id))
            let created = try await store.createAPIToken(organisationCode: "P81001", name: "GP system", scopes: [.recordsRead], by: admin, at: IdentityFixture.now)
            #expect(try await store.apiClient(token: created.secret, at: IdentityFixture.now) == nil, "it reads records: a second person approves it first")
            let lead = try #require(try await store.actingUser(try await store.addUser(NewUser(organisationCode: "P81001", email: "ig@p81001.example", displayName: "IG lead",
                                                                                                  role: .informationGovernanceLead, passwordHash: "h"), by: .system("test"), at: IdentityFixture.now)))
            try await store.approveAPIToken(created.id, by: lead, at: IdentityFixture.now)
            let client = try #require(try await store.apiClient(token: created.secret, at: IdentityFixture.now))
            #expect(client.organisationCode == "P81001" && client.may(.viewIdentifiableRecords) && !client.may(.manageUsers))
            struct Row: Decodable { let token_hash: String }
            let stored = try await (store.db as! any SQLDatabase).raw("SELECT token_hash FROM api_tokens").first(decoding: Row.self)
            #expect(stored?.token_hash == Secrets.hash(created.secret))
            #expect(stored?.token_hash != created.secret)
            #expect(try await store.revokeAPIToken(created.id, by: admin, at: IdentityFixture.now))
            #expect(try await store.apiClient(token: created.secret, at: IdentityFixture.now) == nil)
            await #expect(throws: StoreError.noScopes) { try await store.createAPIToken(organisationCode: "P81001", name: "x", scopes: [], by: admin, at: IdentityFixture.now) }
        }
    }

    @Test("an administrator manages only their own organisation's accounts", arguments: TestDatabase.available)
    func adminScope(_ database: TestDatabase) async throws {
        try await IdentityFixture.withUser(database, role: .administrator) { store, adminID async throws in
            let admin = try #require(try await store.actingUser(adminID))
            let other = try await store.addUser(NewUser(organisationCode: "200101", email: "head@school.example", displayName: "Head", role: .practitioner, passwordHash: "h"),
                                                by: .system("t"), at: IdentityFixture.now)
            #expect(try await store.users(for: admin, at: Date()).map(\.id) == [adminID])
            #expect(try await !store.setDisabled(other, true, by: admin, at: IdentityFixture.now))
            #expect(try await store.setDisabled(adminID, true, by: admin, at: IdentityFixture.now))
            #expect(try await store.credentials(email: "amina.khan@nhs.example")?.disabled == true)
        }
    }

    @Test("a form sent after a time-out is kept for its page, handed back once, and only to the person who typed it")
    func pendingForms() async throws {
        try await TestDatabase.sqlite.withStore { store async throws in
            let (owner, someoneElse) = (UUID(), UUID())
            let token = try await store.keepPendingForm(path: "/users/new", fields: ["name": "Sam Patel"], owner: owner, at: IdentityFixture.now)
            #expect(try await store.takePendingForm(token: token, path: "/elsewhere", for: owner) == nil)
            #expect(try await store.takePendingForm(token: token, path: "/users/new", for: someoneElse) == nil, "not for the next person at the same computer")
            #expect(try await store.takePendingForm(token: token, path: "/users/new", for: owner) == ["name": "Sam Patel"])
            #expect(try await store.takePendingForm(token: token, path: "/users/new", for: owner) == nil)
        }
    }
}
