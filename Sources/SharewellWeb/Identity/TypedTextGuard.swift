import Vapor

/// No field of ours takes a control character (NUL, backspace, escape…; a tab or a line break is
/// text): the databases cannot keep a NUL (SQLite cuts the text there, PostgreSQL refuses it) and
/// the others are never typed. A form, URL-encoded or multipart, or an address carrying one is
/// refused before any route reads it, naming the field. Before, only URL-encoded forms were
/// checked, and a NUL in a multipart field silently cut the saved text (review of issue 17, item 8).
/// A file's own bytes are not text and are not looked at.
struct TypedTextGuard: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let field = Self.fieldWithControl(query: request.url.query) { throw Self.refusal(field) }
        if ![.GET, .HEAD].contains(request.method), let body = request.body.data, let field = try Self.fieldWithControl(body, request.headers.contentType) {
            throw Self.refusal(field)
        }
        return try await next.respond(to: request)
    }

    static func refusal(_ field: String) -> Abort {
        Abort(.badRequest, reason: "What was sent in ‘\(FieldName.words(field))’ holds a control character (such as NUL, %00), which no field accepts. Remove it and send the form again.")
    }

    /// A character no one types into a field: Unicode's controls other than tab, line feed and return.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
    }

    /// The first field of a body whose text holds a control character.
    static func fieldWithControl(_ body: ByteBuffer, _ type: HTTPMediaType?) throws -> String? {
        if type == .urlEncodedForm { return fieldWithControl(query: String(buffer: body)) }
        guard type?.type == "multipart", let boundary = type?.parameters["boundary"] else { return nil }
        return try multipartFieldWithControl(body, boundary: boundary)
    }

    /// The first `name=value` pair whose name or value, decoded, holds a control character.
    static func fieldWithControl(query: String?) -> String? {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "+", with: " ") }
            let name = parts[0].removingPercentEncoding ?? parts[0]
            if parts.contains(where: { ($0.removingPercentEncoding ?? $0).unicodeScalars.contains(where: isControl) }) { return name }
        }
        return nil
    }

    /// The first text part (a part without a file name) holding a control character.
    private static func multipartFieldWithControl(_ body: ByteBuffer, boundary: String) throws -> String? {
        let parser = MultipartParser(boundary: boundary)
        var disposition = "", text: [UInt8] = [], found: String?
        parser.onHeader = { name, value in if name.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { chunk in
            // A file's bytes may be anything: only text parts are gathered.
            if !disposition.contains("filename") { text += chunk.readableBytesView }
        }
        parser.onPartComplete = {
            if found == nil, String(decoding: text, as: UTF8.self).unicodeScalars.contains(where: isControl) {
                found = Self.name(in: disposition) ?? "a field"
            }
            disposition = ""; text = []
        }
        // A body the parser cannot follow is left to the route, whose decoder refuses it in words.
        do { try parser.execute(body) } catch { return nil }
        return found
    }

    /// `name="reason"` from a part's Content-Disposition.
    private static func name(in disposition: String) -> String? {
        guard let start = disposition.range(of: "name=\"") else { return nil }
        return String(disposition[start.upperBound...].prefix { $0 != "\"" })
    }
}
