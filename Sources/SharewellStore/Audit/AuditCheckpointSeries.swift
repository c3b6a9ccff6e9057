import Foundation

/// The append-only series of signed checkpoints: one file per checkpoint in a folder
/// (`SHAREWELL_AUDIT_CHECKPOINTS`), named by its place in the series and never overwritten. Several
/// servers may share the folder: a file is moved into place with link(2), which fails if another
/// server wrote that place first, so the series never forks.
public struct AuditCheckpointSeries: Sendable {
    public let folder: String
    let key: ServerKey

    public init(folder: String, key: ServerKey) { self.folder = folder; self.key = key }

    /// Every checkpoint in order, each checked: signed by this key, in its place, signing the one before.
    public func read() throws(StoreError) -> [AuditCheckpoint] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(Self.isCheckpointName).sorted()
        var series: [AuditCheckpoint] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let checkpoint = try? JSONDecoder().decode(AuditCheckpoint.self, from: data) else {
                throw .checkpointSeries("\(path) is not a readable checkpoint")
            }
            guard checkpoint.isAuthentic(under: key) else {
                throw .checkpointSeries("\(path) is not signed by this server's key: it was altered, or SHAREWELL_KEY_FILE is wrong")
            }
            guard checkpoint.index == series.count, name == Self.fileName(checkpoint.index),
                  checkpoint.previousSignature == (series.last?.signature ?? "") else {
                throw .checkpointSeries("\(path) does not follow the checkpoint before it: the series was reordered or a checkpoint removed")
            }
            series.append(checkpoint)
        }
        return series
    }

    /// Signs `head` as the next checkpoint; `nil` when another server wrote that place first.
    public func append(_ head: AuditCheckpoint.Head, at date: Date, acknowledgedRestore: String? = nil) throws(StoreError) -> AuditCheckpoint? {
        try append(head, after: try read().last, at: date, acknowledgedRestore: acknowledgedRestore)
    }

    /// Signs `head` as the checkpoint right after `previous`, the one the chain was checked against;
    /// `nil` when another checkpoint already holds that place.
    public func append(_ head: AuditCheckpoint.Head, after previous: AuditCheckpoint?, at date: Date,
                       acknowledgedRestore: String? = nil) throws(StoreError) -> AuditCheckpoint? {
        let checkpoint = AuditCheckpoint.signed(head, index: (previous?.index ?? -1) + 1, after: previous, at: date,
                                                acknowledgedRestore: acknowledgedRestore, key: key)
        return try place(checkpoint) ? checkpoint : nil
    }

    private func place(_ checkpoint: AuditCheckpoint) throws(StoreError) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let final = (folder as NSString).appendingPathComponent(Self.fileName(checkpoint.index))
        let temporary = (folder as NSString).appendingPathComponent(".writing-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try encoder.encode(checkpoint).write(to: URL(fileURLWithPath: temporary), options: .atomic)
        } catch {
            throw .checkpointSeries("could not write a checkpoint into \(folder)")
        }
        defer { unlink(temporary) }
        guard link(temporary, final) == 0 else {
            if errno == EEXIST { return false }
            throw .checkpointSeries("could not add \(final) to the series (errno \(errno))")
        }
        return true
    }

    static func fileName(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits + ".json"
    }

    static func isCheckpointName(_ name: String) -> Bool {
        name.count == 15 && name.hasSuffix(".json") && name.prefix(10).allSatisfy(\.isASCIIDigitCharacter)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
