import Foundation
import SharewellCore
import SharewellFormats

/// Every parser that reads what people and other systems send, as one function of bytes each.
/// `fuzz/run` builds these into libFuzzer executables; `FuzzCorpusTests` replays the corpus kept in
/// `fuzz/corpus/<name>/` through the same functions in a normal `swift test`. A target may throw
/// (a refusal is the right answer to most inputs); it must never trap.
enum FuzzTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "marks": { bytes in bytes.withUnsafeBufferPointer { _ = try? SessionMarksCSV.read($0) { _, _ in } } },
        "upload": { bytes in bytes.withUnsafeBufferPointer { _ = try? AttendanceUpload.read($0) } },
        "pupils": { bytes in bytes.withUnsafeBufferPointer { _ = try? PupilFileCSV.read($0) } },
        "summaries": { bytes in bytes.withUnsafeBufferPointer { _ = try? PupilSummaryCSV.read($0) } },
        "ctf": { bytes in _ = try? CommonTransferFile.read(bytes) },
        "indicators": { bytes in bytes.withUnsafeBufferPointer { _ = try? IndicatorEventsCSV.read($0) } },
        "demand-codes": { bytes in bytes.withUnsafeBufferPointer { _ = try? DemandCodesCSV.read($0) } },
        "people": { bytes in bytes.withUnsafeBufferPointer { _ = try? PeopleCSV.read($0) } },
        "identifiers": { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? Postcode(text)
            _ = try? PostcodeSector(text)
            _ = try? NHSNumber(text)
            _ = try? UPN(text)
            _ = CalendarDate(iso: text)
        },
    ]
}
