import Foundation
import SharewellStore
import Vapor

/// "Nothing a user entered is ever lost, not even to a session time-out mid-form" (issue 15), for
/// files too: a file sent to an upload page just after the session timed out is kept, sealed under
/// the server key, and after signing in again its page offers to import it or discard it.
///
/// The body is read only for a file sent to an upload path within `window` of the time-out, by an
/// account that may send there (finding 10), and at most `UploadLimit.maximum` of it; it is kept only
/// if it carries the ended session's own form token. Anything else is refused (403) before it is read.
enum TimedOutUpload {
    /// How long after a time-out a file is still read and kept.
    static let window: TimeInterval = 60 * 60

    /// A file sent to an upload path (what a session that has ended may still have kept).
    static func isUpload(_ request: Request) -> Bool {
        request.headers.contentType?.type == "multipart" && CSRFMiddleware.uploadPaths[request.url.path] != nil
    }

    /// Keeps a file sent in a session that has just timed out, and sends its sender to sign in again.
    static func keep(_ request: Request, from ended: EndedSession) async throws -> Response {
        let path = request.url.path
        // Decided before a byte of the body is read.
        guard request.now.timeIntervalSince(ended.endedAt) < window, let owner = ended.owner,
              CSRFMiddleware.mayUpload(request, as: owner) else { throw CSRFMiddleware.refused }
        try await CSRFMiddleware.collectBody(request, limit: Int(UploadLimit.maximum.value))
        guard let boundary = request.headers.contentType?.parameters["boundary"], !boundary.isEmpty,
              let body = request.body.data, let parts = try? Self.parts(of: body, boundary: boundary) else { throw CSRFMiddleware.refused }
        // Kept only if sent from the session's own page: another site cannot plant a file to be imported later.
        let sent = parts.first { $0.name == CSRFMiddleware.fieldName && $0.filename == nil }.map { String(buffer: $0.body) } ?? ""
        guard !sent.isEmpty, Secrets.constantTimeEqual(sent, ended.csrfToken) else { throw CSRFMiddleware.refused }

        let page = WebPathways.uploadPages[path] ?? path
        if let file = parts.first(where: { $0.filename != nil && $0.body.readableBytes > 0 && isFieldName($0.name) }),
           let field = file.name, let fileName = file.filename {
            let fields = parts.compactMap { part -> KeptUpload.Field? in
                guard part.filename == nil, let name = part.name, isFieldName(name), name != CSRFMiddleware.fieldName,
                      let value = part.body.getString(at: part.body.readerIndex, length: part.body.readableBytes) else { return nil }
                return KeptUpload.Field(name: name, value: value)
            }
            let upload = NewKeptUpload(uploadPath: path, page: page, field: field, fileName: fileName, file: Data(buffer: file.body), fields: fields)
            try await request.store.keepUpload(upload, owner: ended.userID, at: request.now)
            request.logger.info("Kept a file sent after the session timed out", metadata: ["action": "keep-upload", "bytes": "\(upload.file.count)"])
        }
        let response = request.redirect(to: "/sign-in?timed-out=1&return=\(page.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")",
                                        redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = .expired
        return response
    }

    /// A form field's name as our pages write them (letters, digits, `_-[]`); anything else is not kept.
    static func isFieldName(_ name: String?) -> Bool {
        guard let name, (1...60).contains(name.count) else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-[]".contains($0)) }
    }

    /// The parts of a multipart body, in order.
    static func parts(of body: ByteBuffer, boundary: String) throws -> [MultipartPart] {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = [], headers = HTTPHeaders(), content = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in content.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: content))
            headers = HTTPHeaders()
            content = ByteBuffer()
        }
        try parser.execute(body)
        return parts
    }

    /// The form the file was sent in, made again from what was kept: the same fields and the file
    /// under its field and name, so the upload route reads it as it reads any upload.
    static func form(_ opened: OpenedKeptUpload) -> (body: ByteBuffer, contentType: HTTPMediaType) {
        var boundary = "sharewell-kept-" + Secrets.newToken()
        while opened.file.range(of: Data(boundary.utf8)) != nil || opened.fields.contains(where: { $0.value.contains(boundary) }) {
            boundary = "sharewell-kept-" + Secrets.newToken()
        }
        var body = ByteBuffer()
        for field in opened.fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n")
        }
        // Field names were checked and the file name made safe (no quote, backslash or line break) when kept.
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(opened.upload.field)\"; filename=\"\(opened.upload.fileName)\"\r\n\r\n")
        body.writeBytes(opened.file)
        body.writeString("\r\n--\(boundary)--\r\n")
        return (body, HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }
}
