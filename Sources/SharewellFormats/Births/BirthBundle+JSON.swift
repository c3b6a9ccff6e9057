import Foundation

/// A JSON value as a FHIR resource is read: only the shapes JSON has, so a number is never taken
/// for a boolean or a string for a number.
indirect enum FHIRJSON: Sendable, Equatable {
    case object([String: FHIRJSON])
    case array([FHIRJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// Parsed by Foundation's JSONSerialization (several times faster than a Decodable enum that
    /// tries each shape in turn); `nil` when the bytes are not JSON. Only call it on bytes whose
    /// depth is bounded (`depth(_:stoppingAt:)`): the conversion recurses once per level.
    init?(parsing bytes: some Collection<UInt8>) {
        guard let any = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return nil }
        self.init(any)
    }

    private init(_ any: Any) {
        switch any {
        case let text as String: self = .string(text)
        case let fields as [String: Any]: self = .object(fields.mapValues(FHIRJSON.init))
        case let items as [Any]: self = .array(items.map(FHIRJSON.init))
        // JSON's true and false come back as a boolean NSNumber (Objective-C type `c`), numbers as others.
        case let number as NSNumber where String(cString: number.objCType) == "c": self = .bool(number.boolValue)
        case let number as NSNumber: self = .number(number.doubleValue)
        default: self = .null
        }
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
