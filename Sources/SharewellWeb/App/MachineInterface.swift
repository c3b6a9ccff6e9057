import Vapor

extension Request {
    /// A request to a machine interface, the JSON API (`/api/`) or the FHIR endpoint (`/fhir/`):
    /// a bearer token instead of a session, no form tokens, and errors as data rather than pages.
    var isMachineInterface: Bool { ["/api/", "/fhir/"].contains { url.path.hasPrefix($0) } }
    /// A request to the FHIR endpoint: every answer, an error too, is a FHIR resource (`FHIRAnswer`).
    var isFHIR: Bool { url.path.hasPrefix("/fhir/") }
}
