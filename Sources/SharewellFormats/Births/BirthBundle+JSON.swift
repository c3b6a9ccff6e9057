import Foundation

/// A JSON value as a FHIR resource is read: only the shapes JSON has, so a number is never taken
/// for a boolean or a string for a number.
indirect enum FHIRJSON: Decodable, Sendable, Equatable {
    case object([String: FHIRJSON])
    case array([FHIRJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { self = .null }
        else if let bool = try? value.decode(Bool.self) { self = .bool(bool) }
        else if let string = try? value.decode(String.self) { self = .string(string) }
        else if let number = try? value.decode(Double.self) { self = .number(number) }
        else if let array = try? value.decode([FHIRJSON].self) { self = .array(array) }
        else { self = .object(try value.decode([String: FHIRJSON].self)) }
    }

    subscript(key: String) -> FHIRJSON? {
        if case .object(let fields) = self { fields[key] } else { nil }
    }

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    /// An array's items; a missing element reads as none.
    var items: [FHIRJSON] { if case .array(let items) = self { items } else { [] } }
    var isObject: Bool { if case .object = self { true } else { false } }

    /// How deeply arrays and objects nest, found by one pass over the bytes before any parsing,
    /// so a hostile `[[[[…` is refused without recursion. Brackets inside strings do not count.
    static func depth(_ bytes: some Collection<UInt8>, stoppingAt limit: Int) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
                if deepest > limit { return deepest }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
