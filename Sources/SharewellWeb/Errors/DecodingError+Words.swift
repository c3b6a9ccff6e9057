import Foundation

/// What a decoder could not read, in words a person can act on, naming the field: never the
/// decoder's own ("No value found (expected type 'String') at path 'reason'"), which is for
/// programmers (review of issue 17, item 6).
extension DecodingError {
    /// The field's name as sent (`reason`, `follow_up_by[day]`), or nil when the whole body was unreadable.
    var fieldName: String? {
        let path: [any CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        @unknown default: path = []
        }
        let names = path.filter { $0.intValue == nil }.map(\.stringValue)
        guard let first = names.first else { return nil }
        return first + names.dropFirst().map { "[\($0)]" }.joined()
    }

    /// One sentence: which field, what was wrong with it, and what to do.
    var plainWords: String {
        guard let name = fieldName else { return "What was sent could not be read. Go back to the form and send it again." }
        let field = "‘\(FieldName.words(name))’"
        switch self {
        case .keyNotFound:
            return "\(field) was not sent. Go back to the form, fill it in and send it again."
        case .typeMismatch(let type, _) where Self.numbers.contains(where: { $0 == type }):
            return "\(field) must be a whole number of a sensible size. Go back, correct it and send it again."
        case .dataCorrupted(let context) where context.debugDescription.contains("File"):
            return "The file sent as \(field) could not be read: its name or parts are damaged. Choose the file again and send it."
        default:
            return "\(field) could not be read: it must be sent once, as text. Go back to the form, check what you typed in it and send it again."
        }
    }

    private static var numbers: [Any.Type] { [Int.self, Int64.self, Int32.self, UInt.self, Double.self, Float.self] }
}
