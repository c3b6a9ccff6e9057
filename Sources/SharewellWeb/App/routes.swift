import Vapor

func routes(_ app: Application) throws {
    app.get(use: HomeController.show)
    app.get("directory", use: DirectoryController.list)
    app.get("directory", ":code", use: DirectoryController.show)
    app.get("healthz", use: HealthController.healthz)
    app.get("metrics", use: HealthController.metrics)
    app.get("api", "openapi.yaml", use: OpenAPIController.document)

    app.get("sign-in", use: SignInController.show)
    app.post("sign-in", use: SignInController.signIn)
    app.get("sign-in", "code", use: SignInController.showCode)
    app.post("sign-in", "code", use: SignInController.submitCode)
    app.post("sign-out", use: SignInController.signOut)
    app.get("account", "two-factor", use: SignInController.showTwoFactor)
    app.post("account", "two-factor", use: SignInController.confirmTwoFactor)

    app.get("users", use: UsersController.list)
    app.get("users", "new", use: UsersController.new)
    app.post("users", use: UsersController.create)
    app.post("users", ":id", "disable", use: UsersController.disable)
    app.post("users", ":id", "enable", use: UsersController.enable)
    app.get("api-tokens", use: APITokensController.list)
    app.post("api-tokens", use: APITokensController.create)
    app.post("api-tokens", ":id", "revoke", use: APITokensController.revoke)

    app.get("records", use: RecordsController.list)
    app.get("records", ":id", use: RecordsController.show)
    app.get("records", ":id", "access", use: RecordsController.accessLog)
    app.get("records", ":id", "access.csv", use: RecordsController.accessLogCSV)

    let v1 = app.grouped("api", "v1")
    v1.get("organisations", use: OrganisationsAPI.list)
    v1.get("organisations", ":code", use: OrganisationsAPI.show)
    v1.get("records", ":id", use: RecordsController.apiShow)
}
