import SharewellFormats
import Vapor

/// What the FHIR endpoint answers (`/fhir/`): always a FHIR resource, an OperationOutcome as
/// `application/fhir+json`, so a FHIR client reads every answer, a refusal too, as it reads the rest.
enum FHIRAnswer {
    static let mediaType = HTTPMediaType(type: "application", subType: "fhir+json", parameters: ["charset": "utf-8"])

    static func outcome(_ status: HTTPResponseStatus, _ issues: [OperationOutcome.Issue]) -> Response {
        Response(status: status, headers: ["Content-Type": mediaType.serialize()], body: .init(data: Data(OperationOutcome.json(issues))))
    }

    /// An error the endpoint's code did not answer itself (no token, a refused one, a fault), as
    /// one issue about no element, its code fitting the status.
    static func error(_ status: HTTPResponseStatus, _ detail: String) -> Response {
        outcome(status, [.init(issueType(status), "", detail)])
    }

    static func issueType(_ status: HTTPResponseStatus) -> OperationOutcome.IssueType {
        switch status.code {
        case 401: .login
        case 403: .forbidden
        case 404: .notFound
        case 405, 415: .notSupported
        case 409: .conflict
        case 413: .tooLong
        case 429: .throttled
        case 500...: .exception
        default: .invalid
        }
    }
}
