import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import Vapor

/// `POST /fhir/Bundle` with `application/fhir+json`: maternity's or child health's births as a FHIR R4
/// `collection` Bundle (the PDS birth notification's shape, `BirthBundle`), stored and sent on
/// exactly as a CSV is, all or nothing. A refused bundle is answered with an OperationOutcome
/// whose issues carry FHIRPath expressions.
enum BirthBundleEndpoint {
    static let fhirJSON = HTTPMediaType(type: "application", subType: "fhir+json", parameters: ["charset": "utf-8"])

    @Sendable static func receive(req: Request) async throws -> Response {
        let client = try BirthsSendPage.sender(req)
        guard let type = req.headers.contentType, type.type == "application", ["fhir+json", "json"].contains(type.subType) else {
            return outcome(.unsupportedMediaType, [.init(.invalid, "Bundle", "Send the Bundle as application/fhir+json.")])
        }
        let body: ByteBuffer
        do { body = try await req.body.collect(upTo: BirthBundle.maximumBytes) } catch {
            return outcome(.payloadTooLarge, [.init(.tooLong, "Bundle", "The Bundle is larger than \(BirthBundle.maximumBytes / 1_048_576) MB: send the births in smaller Bundles.")])
        }
        let notices: [BirthNotice]
        do { notices = try BirthBundle.read(body.readableBytesView) } catch {
            return Response(status: .unprocessableEntity, headers: ["Content-Type": fhirJSON.serialize()], body: .init(data: Data(error.operationOutcome)))
        }
        return try await BirthImportJSON(try await req.store.importBirths(notices, by: client, at: req.now)).encodeResponse(for: req)
    }

    private static func outcome(_ status: HTTPResponseStatus, _ issues: [OperationOutcome.Issue]) -> Response {
        Response(status: status, headers: ["Content-Type": fhirJSON.serialize()], body: .init(data: Data(OperationOutcome.json(issues))))
    }
}
