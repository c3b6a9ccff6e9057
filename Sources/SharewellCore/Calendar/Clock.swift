import Foundation

/// The one clock the server, the store's callers, the jobs and the demo generator read. Real time
/// in production; for the demo and tests it may start at a fixed instant and advance in real time,
/// so a demo stays the same for a seed and date, and browser tests hold in any year (TOTP codes,
/// idle time-outs and lock-outs still move as they would).
public struct Clock: Sendable {
    public let now: @Sendable () -> Date

    public static let real = Clock(now: { Date() })

    /// Starts at `start` now, and advances with real time from here.
    public static func starting(at start: Date) -> Clock {
        let launched = Date()
        return Clock(now: { start.addingTimeInterval(Date().timeIntervalSince(launched)) })
    }

    public init(now: @escaping @Sendable () -> Date) { self.now = now }
}
