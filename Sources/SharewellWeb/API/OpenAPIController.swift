import Vapor

/// Serves the OpenAPI 3.1 document kept in the repository (`Resources/openapi.yaml`).
enum OpenAPIController {
    @Sendable static func document(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: WebResources.openAPIDocument))
    }
}
