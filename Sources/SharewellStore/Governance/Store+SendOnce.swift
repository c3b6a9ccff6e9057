import FluentKit
import Foundation
import SQLKit

extension Store {
    /// A sending that cannot happen twice (issue 15: two parallel posts turned 18 pupils into 54).
    /// `alreadySent` reads, inside the sending's own transaction and under a lock on `table` (which
    /// orders senders across servers on PostgreSQL; in one process audited transactions are ordered
    /// anyway), which of the request's subjects this recipient already holds for this purpose and
    /// period. Any overlap (a double click, a reload, a second server) rolls the whole sending back,
    /// and it answers as a repeat: nothing new is written, not even an audit entry.
    func sendOnce(_ request: SharingRequest, lock table: String, alreadySent: @escaping @Sendable (any Database) async throws -> Set<UUID>,
                  repeatReason: String, by actor: ActingUser, at date: Date,
                  deliver: @escaping @Sendable (SharingGrant, any Database) async throws -> Void) async throws -> Result<SharingGrant, SharingRefusal> {
        do {
            return try await share(request, by: actor, at: date) { grant, tx in
                let sql = tx as! any SQLDatabase
                if sql.dialect.name == "postgresql" { try await sql.raw("LOCK TABLE \(ident: table) IN SHARE ROW EXCLUSIVE MODE").run() }
                let held = try await alreadySent(tx)
                guard !grant.people.contains(where: { held.contains($0.person) }) else { throw RepeatedSending() }
                try await deliver(grant, tx)
            }
        } catch is RepeatedSending {
            return .failure(.init(reason: repeatReason, decision: nil))
        }
    }
}

/// Thrown inside a sending's transaction to roll it back when it repeats one already made.
private struct RepeatedSending: Error {}
