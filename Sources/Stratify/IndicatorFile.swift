import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An indicators file streamed in blocks with `pread` (safe from several threads at once: it keeps
/// no position).
final class IndicatorFile: @unchecked Sendable {
    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { reason }
    }

    let path: String
    private let descriptor: Int32
    let size: Int
    static let block = 1 << 22

    init(_ path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Unreadable(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw Unreadable(path: path, reason: "it is not a readable file")
        }
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Hands `body` the file's bytes a block of whole lines at a time; stops when `body` returns false.
    func stream(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) throws {
        var buffer = [UInt8](repeating: 0, count: Self.block), carried = 0, offset = 0
        while offset < size {
            if carried == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }  // a line longer than a block
            let want = min(buffer.count - carried, size - offset)
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + carried, want, off_t(offset)) }
            guard got > 0 else { throw Unreadable(path: path, reason: "a read failed") }
            offset += got
            let valid = carried + got
            let complete = offset >= size ? valid : (buffer[..<valid].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
            if complete > 0 {
                let more = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<complete])) }
                if !more { return }
            }
            carried = valid - complete
            if carried > 0 { buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + complete, count: carried) } }
        }
    }
}
