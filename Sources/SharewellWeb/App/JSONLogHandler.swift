import Foundation
import Logging

/// One JSON object per line on standard error: time, level, label, message and metadata.
/// Callers log ids and counts, never names, dates of birth, NHS numbers or free text.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String

    public init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [
            "time": Date().formatted(.iso8601), "level": event.level.rawValue, "label": label, "message": "\(event.message)",
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        guard var output = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        output.append(0x0A)
        FileHandle.standardError.write(output)
    }
}
