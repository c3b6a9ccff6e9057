import Foundation

/// Work over `0..<count` split across the cores as child tasks (structured concurrency: the work
/// ends before the call returns), each part counting into its own table or list, the parts put
/// together at the end: no locks, and the same answer however the work is split.
enum Parallel {
    /// Counts added together.
    static func merged(_ count: Int, _ body: @Sendable @escaping (Range<Int>) -> [UInt32: Int]) async -> [UInt32: Int] {
        await withTaskGroup(of: [UInt32: Int].self) { group in
            for range in parts(count) { group.addTask { body(range) } }
            var total: [UInt32: Int] = [:]
            for await part in group { total.merge(part, uniquingKeysWith: +) }
            return total
        }
    }

    /// Results in order.
    /// Results in order. With `granularity`, the work is cut into more parts than cores so a core
    /// that finishes early takes the next part (blocks are uneven).
    static func mapped<T: Sendable>(_ count: Int, granularity: Int? = nil, _ body: @Sendable @escaping (Range<Int>) -> [T]) async -> [T] {
        let ranges = granularity.map { g in stride(from: 0, to: count, by: g).map { $0..<min($0 + g, count) } } ?? parts(count)
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for (w, range) in ranges.enumerated() { group.addTask { (w, body(range)) } }
            var results = Array(repeating: [T](), count: ranges.count)
            for await (w, part) in group { results[w] = part }
            return results.flatMap { $0 }
        }
    }

    /// One part per core, none smaller than it is worth starting a task for.
    private static func parts(_ count: Int) -> [Range<Int>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 10_000 + 1))
        let chunk = (count + workers - 1) / workers
        return (0..<workers).map { min($0 * chunk, count)..<min(($0 + 1) * chunk, count) }
    }
}
