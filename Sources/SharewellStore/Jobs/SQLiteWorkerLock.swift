#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// SQLite has one writer at a time and no `SKIP LOCKED`, so one worker runs per SQLite file: the
/// server's own, or `sharewell worker` when no server uses the file. Whoever runs it holds this
/// lock, an advisory `flock` on a file beside the database that the system releases when the
/// process ends, however it ends.
public final class SQLiteWorkerLock: Sendable {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock for the SQLite file at `databasePath`, or throws
    /// `StoreError.sqliteWorkerTaken` when another process (or another holder here) has it.
    public init(databasePath: String) throws(StoreError) {
        path = databasePath + ".worker-lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .databaseFolder(path: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .sqliteWorkerTaken(path: databasePath)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
