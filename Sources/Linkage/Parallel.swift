import Foundation

/// Work over `0..<count` split across the cores, each part counting into its own table, the tables
/// added together at the end: no locks, and the same answer however the work is split.
enum Parallel {
    static func merged(_ count: Int, _ body: @Sendable @escaping (Range<Int>) -> [UInt32: Int]) -> [UInt32: Int] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 10_000 + 1))
        let chunk = (count + workers - 1) / workers
        var parts = Array(repeating: [UInt32: Int](), count: workers)
        parts.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                out.buffer[w] = body(min(w * chunk, count)..<min((w + 1) * chunk, count))
            }
        }
        return parts.reduce(into: [:]) { total, part in total.merge(part, uniquingKeysWith: +) }
    }

    /// Each worker writes only its own slot.
    private struct UncheckedBuffer: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[UInt32: Int]>
        init(_ buffer: UnsafeMutableBufferPointer<[UInt32: Int]>) { self.buffer = buffer }
    }
}
