import Foundation
import SharewellCore

/// The name a kind of job is stored under (`jobs.kind`). Only a registered kind is ever read back:
/// a stored name this version does not know is an error, never a default.
public struct JobKindName: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A kind of long work, declared by the pathway that owns it in its own folder and listed once in
/// `JobKinds.sharewell`; the queue and the worker never name a pathway (ARCHITECTURE.md, "adding a
/// pathway is adding a folder").
///
/// A job may run more than once (a worker that stalls past its lease can finish after another
/// took over), so `run` must be safe to repeat: it finds what an earlier run did, or changes
/// nothing twice.
public protocol JobKind: Sendable {
    /// What the job is asked to do, kept as JSON in `jobs.payload`.
    associatedtype Payload: Codable & Sendable
    /// What it did, kept as JSON in `jobs.result` and shown as `describe(_:)`.
    associatedtype Outcome: Codable & Sendable

    static var name: JobKindName { get }
    /// What the job does, for its page and `sharewell jobs` ("Matching a patient list").
    static var title: String { get }
    /// Who in the asking organisation may follow the job; `nil` for the server's own jobs, which
    /// no organisation's page shows.
    static var permission: Permission? { get }
    /// Tries before it fails for good (the default 5: 5 s, 30 s, 3 min and 18 min apart).
    static var maxAttempts: Int { get }
    /// Set for work the server asks for on its own, at an interval (retention).
    static var schedule: JobSchedule<Payload>? { get }

    /// Does the work as `context.actor`, reporting progress through `context`.
    static func run(_ payload: Payload, _ context: JobContext) async throws -> Outcome
    /// The outcome in a sentence for the person who asked.
    static func describe(_ outcome: Outcome) -> String
}

extension JobKind {
    public static var maxAttempts: Int { 5 }
    public static var schedule: JobSchedule<Payload>? { nil }
}

/// Work the server enqueues on its own every `interval`, acting as `sharewell <command>`. Every
/// server does so, and the queue keeps one job per interval: the key names the interval.
public struct JobSchedule<Payload: Sendable>: Sendable {
    public let interval: TimeInterval
    public let payload: Payload
    /// How the audit log names the actor (`system:<command>`).
    public let command: String

    public init(every interval: TimeInterval, payload: Payload, as command: String) {
        self.interval = interval; self.payload = payload; self.command = command
    }

    public static func hourly(_ payload: Payload, as command: String) -> Self { .init(every: 3_600, payload: payload, as: command) }
}

/// A payload for work that needs none (retention looks at the whole database).
public struct NoPayload: Codable, Sendable, Equatable {
    public init() {}
}
