import Foundation
import SharewellCore
import SharewellStore
import Vapor

/// Person records: scope and audit are applied in the store; handlers only parse and render.
enum RecordsController {
    struct ListQuery: Content { var q: String?; var page: Int? }

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        let query = try req.query.decode(ListQuery.self)
        let text = String((query.q ?? "").prefix(100))
        let page = try await req.store.personRecords(for: user, matching: text, page: query.page ?? 1, at: req.now)
        return RecordsListPage.view(.init(search: text, page: page), context: req.pageContext).response()
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser(may: .viewIdentifiableRecords)
        let record = try await visibleRecord(req, user)
        // The practice is named from the directory, which is not personal data.
        var practiceName: String?
        if let code = record.registeredPracticeCode { practiceName = try await req.store.organisation(code: code)?.name }
        return RecordPage.view(.init(record: record, canReadAccessLog: user.may(.readAccessLog), practiceName: practiceName), context: req.pageContext).response()
    }

    @Sendable static func accessLog(req: Request) async throws -> Response {
        let model = try await accessLogModel(req)
        return AccessLogPage.view(model, context: req.pageContext).response()
    }

    @Sendable static func accessLogCSV(req: Request) async throws -> Response {
        let model = try await accessLogModel(req)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "access-\(model.recordID.uuidString.lowercased()).csv")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: AccessLogPage.csv(model)))
    }

    /// `GET /api/v1/records/{id}` for machine clients with the `records:read` scope.
    @Sendable static func apiShow(req: Request) async throws -> Response {
        let client = try req.actingUser(may: .viewIdentifiableRecords)
        return try await PersonRecordJSON(try await visibleRecord(req, client)).encodeResponse(for: req)
    }

    /// Someone else's record answers exactly as a missing one does: 404.
    private static func visibleRecord(_ req: Request, _ user: ActingUser) async throws -> PersonRecordView {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let record = try await req.store.personRecord(id, for: user, at: req.now) else { throw Abort(.notFound, reason: "There is no record with this id.") }
        return record
    }

    private static func accessLogModel(_ req: Request) async throws -> AccessLogPage.Model {
        let user = try req.actingUser(may: .readAccessLog)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let log = try await req.store.accessLogInWords(forRecord: id, for: user, at: req.now) else { throw Abort(.notFound, reason: "There is no record with this id.") }
        return log
    }
}

/// A person record in the API (described in `openapi.yaml` as `PersonRecord`).
struct PersonRecordJSON: Content, Equatable {
    var id: String, owner: String, source: String, localId: String, nhsNumber: String?
    var givenName: String, familyName: String, dateOfBirth: String, sex: String, addressLine: String, postcode: String

    init(_ r: PersonRecordView) {
        id = r.id.uuidString.lowercased(); owner = r.ownerCode; source = r.source.rawValue; localId = r.localID; nhsNumber = r.nhsNumber
        givenName = r.givenName; familyName = r.familyName; dateOfBirth = r.dateOfBirth; sex = r.sex
        addressLine = r.addressLine; postcode = r.postcode
    }
}
