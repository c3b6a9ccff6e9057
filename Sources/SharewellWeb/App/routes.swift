import Vapor

func routes(_ app: Application) throws {
    app.get(use: HomeController.show)
    app.get("directory", use: DirectoryController.list)
    app.get("directory", ":code", use: DirectoryController.show)
    app.get("healthz", use: HealthController.healthz)
    app.get("metrics", use: HealthController.metrics)
    app.get("api", "openapi.yaml", use: OpenAPIController.document)

    let v1 = app.grouped("api", "v1")
    v1.get("organisations", use: OrganisationsAPI.list)
    v1.get("organisations", ":code", use: OrganisationsAPI.show)
}
