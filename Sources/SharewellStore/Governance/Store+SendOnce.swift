import FluentKit
import Foundation
import SQLKit

extension Store {
    /// A list sending whose subjects may each be sent only once for its period, even when the list
    /// has grown since (the gate's key stops only the same set). `alreadySent` reads, inside the
    /// sending's own transaction and under a lock on `table` (which orders senders across servers on
    /// PostgreSQL; in one process audited transactions are ordered anyway), which of the request's
    /// subjects this recipient already holds for this purpose and period. Any overlap rolls the
    /// whole sending back, and it answers as a repeat of the last sending: nothing new is written.
    func sendOnce(_ request: SharingRequest, from source: some SharingSource, lock table: String,
                  alreadySent: @escaping @Sendable (any Database) async throws -> Set<UUID>, by actor: ActingUser, at date: Date,
                  deliver: @escaping @Sendable (Delivery) async throws -> Void) async throws -> Result<SharingGrant, SharingRefusal> {
        do {
            return try await share(request, from: source, by: actor, at: date) { delivery in
                let sql = delivery.database as! any SQLDatabase
                if sql.dialect.name == "postgresql" { try await sql.raw("LOCK TABLE \(ident: table) IN SHARE ROW EXCLUSIVE MODE").run() }
                let held = try await alreadySent(delivery.database)
                guard !delivery.grant.people.contains(where: { held.contains($0.person) }) else { throw AlreadyHeld() }
                try await deliver(delivery)
            }
        } catch is AlreadyHeld {
            return try await repeatOfLastSending(request, by: actor)
        }
    }

    /// The refusal for a list with nothing new since the last sending for its period (a sending made
    /// before sendings were recorded, migration 016, is told without when and by whom).
    func repeatOfLastSending(_ request: SharingRequest, by actor: ActingUser) async throws -> Result<SharingGrant, SharingRefusal> {
        guard let prior = try await lastSending(from: actor.organisationCode, to: request.recipient, purpose: request.purpose, period: request.period) else {
            return .failure(.init(.nothingToSend("Everyone on the list was already sent for this period; nothing new to send.")))
        }
        return .failure(.init(.alreadySent(prior)))
    }
}

/// Thrown inside a list sending's transaction when the recipient already holds one of its subjects.
private struct AlreadyHeld: Error {}
