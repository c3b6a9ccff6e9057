import Foundation

/// The kinds of job a worker runs, one line each: a pathway adds its kinds in its own folder and
/// one line here, as `Pathways.catalogues` lists catalogues. A worker claims only the kinds it
/// knows, so during an upgrade an older worker leaves a newer kind to a newer one.
public struct JobKinds: Sendable {
    public static let sharewell = JobKinds([
        MatchPatientListJob.self,
        StratificationJob.self,
        EarlyHelpRetentionJob.self,
        AttendanceRetentionJob.self,
        BirthsRetentionJob.self,
        ImportMarksJob.self,
    ])

    public let all: [any JobKind.Type]

    /// Two kinds under one name would make a stored job ambiguous: stop at once.
    public init(_ kinds: [any JobKind.Type]) {
        var seen = Set<String>()
        for kind in kinds { precondition(seen.insert(kind.name.rawValue).inserted, "‘\(kind.name)’ is registered twice as a kind of job") }
        all = kinds
    }

    /// These kinds and `more` (tests add kinds of their own).
    public func adding(_ more: [any JobKind.Type]) -> JobKinds { JobKinds(all + more) }

    var names: [String] { all.map { $0.name.rawValue } }

    /// The registered kind stored as `text`; anything else is an error naming the column.
    func kind(stored text: String) throws(StoreError) -> any JobKind.Type {
        guard let kind = all.first(where: { $0.name.rawValue == text }) else { throw .unreadableStored(field: "jobs.kind", value: text) }
        return kind
    }
}

/// Payloads and outcomes as the `jobs` table keeps them: JSON text, keys sorted.
enum JobJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A stored value this version cannot read fails closed, naming its column.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String) throws(StoreError) -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do { return try decoder.decode(T.self, from: Data(text.utf8)) } catch { throw .unreadableStored(field: column, value: text) }
    }
}

extension JobKind {
    /// Runs the job from its stored payload and returns its stored outcome.
    static func run(stored payload: String, _ context: JobContext) async throws -> String {
        let decoded = try JobJSON.decode(Payload.self, payload, column: "jobs.payload")
        return try JobJSON.encode(try await run(decoded, context))
    }

    /// The stored outcome in words, or `nil` when there is none or it cannot be read.
    static func describe(stored result: String?) -> String? {
        guard let result, let outcome = try? JobJSON.decode(Outcome.self, result, column: "jobs.result") else { return nil }
        return describe(outcome)
    }

    /// Enqueues this kind's scheduled run for the interval holding `date`, if it has a schedule.
    static func enqueueScheduled(on queue: JobQueue, at date: Date) async throws -> JobTicket? {
        guard let schedule else { return nil }
        let interval = Int((date.timeIntervalSince1970 / schedule.interval).rounded(.down))
        return try await queue.enqueue(Self.self, schedule.payload, key: "\(name.rawValue):\(interval)", by: .system(schedule.command), at: date)
    }
}
