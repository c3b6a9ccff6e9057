import Foundation
import Synchronization

/// Rung when a request in this process asks for a job, so an idle worker in the same process
/// starts it at once instead of at its next look at the queue (work that takes a second then
/// takes about a second, not a poll interval more). Workers in other processes still find the
/// job at their next poll: the bell is a hint, the queue is the truth.
public final class JobBell: Sendable {
    private let rings = Atomic<Int>(0)
    private let listeners = Atomic<Int>(0)

    public init() {}

    /// Whether a worker in this process is listening: only then is waiting for a job worth it.
    public var hasListeners: Bool { listeners.load(ordering: .relaxed) > 0 }

    func listen() { listeners.add(1, ordering: .relaxed) }
    func stopListening() { listeners.subtract(1, ordering: .relaxed) }

    public func ring() { rings.add(1, ordering: .releasing) }

    var count: Int { rings.load(ordering: .acquiring) }

    /// Waits up to `interval`, returning early once the bell rings after `since`.
    func wait(upTo interval: Duration, since: Int) async {
        let slice = Duration.milliseconds(25)
        var waited = Duration.zero
        while waited < interval, count == since, !Task.isCancelled {
            try? await Task.sleep(for: slice)
            waited += slice
        }
    }
}
