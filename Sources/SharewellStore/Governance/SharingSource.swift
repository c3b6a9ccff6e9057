import FluentKit
import Foundation
import SharewellCore

/// How a pathway's subjects reach the gate: which of a request's subjects the acting user's
/// organisation holds, and the request's items read from each. Each pathway supplies its own from
/// its folder (person records, a practice's received pupils, a council's matched patients), so the
/// gate reads no pathway's tables and a new pathway does not edit it.
public protocol SharingSource: Sendable {
    /// The request's subjects among what the actor's organisation holds, each with the items the
    /// request names; `nil` when any subject is not the organisation's to send (the gate refuses).
    func subjects(_ request: SharingRequest, for actor: ActingUser, on database: any Database) async throws -> [SharingSubject]?
}

/// A subject as the gate weighs it.
public struct SharingSubject: Sendable {
    /// The subject as the request named it.
    public let id: UUID
    /// The person record whose consent register applies and whose access log records the sending.
    public let person: UUID
    public let items: [DataItem: String]
    /// The name's parts where the request names the name (a recipient may keep them apart).
    public var nameParts: NameParts?

    public struct NameParts: Sendable {
        public let given: String
        public let family: String
    }

    public init(id: UUID, person: UUID, items: [DataItem: String], nameParts: NameParts? = nil) {
        self.id = id; self.person = person; self.items = items; self.nameParts = nameParts
    }
}
