import Vapor

func routes(_ app: Application) throws {
    app.get(use: HomeController.show)
    app.get("directory", use: DirectoryController.list)
    app.get("directory", ":code", use: DirectoryController.show)
    app.get("directory", "new", use: DirectoryController.new)
    app.post("directory", use: DirectoryController.create)
    app.get("directory", ":code", "edit", use: DirectoryController.edit)
    app.post("directory", ":code", "edit", use: DirectoryController.update)
    app.get("healthz", use: HealthController.healthz)
    app.get("metrics", use: HealthController.metrics)
    app.get("api", "openapi.yaml", use: OpenAPIController.document)

    app.get("sign-in", use: SignInController.show)
    app.get("sign-in", "demo-accounts", use: SignInController.demoAccounts)
    app.post("sign-in", use: SignInController.signIn)
    app.get("sign-in", "code", use: SignInController.showCode)
    app.post("sign-in", "code", use: SignInController.submitCode)
    app.post("sign-out", use: SignInController.signOut)
    app.post("kept-upload", "import", use: TimedOutUpload.importNow)
    app.post("kept-upload", "discard", use: TimedOutUpload.discard)
    app.get("account", "two-factor", use: SignInController.showTwoFactor)
    app.post("account", "two-factor", use: SignInController.confirmTwoFactor)

    app.get("users", use: UsersController.list)
    app.get("users", "new", use: UsersController.new)
    app.post("users", use: UsersController.create)
    app.get("users", "recovery", use: UsersController.newRecovery)
    app.post("users", "recovery", use: UsersController.requestRecovery)
    app.post("users", ":id", "disable", use: UsersController.disable)
    app.post("users", ":id", "enable", use: UsersController.enable)
    app.get("access-approvals", use: AccessApprovalPages.list)
    app.post("access-approvals", "users", ":id", use: AccessApprovalPages.approveAccount)
    app.post("access-approvals", "tokens", ":id", use: AccessApprovalPages.approveToken)
    app.post("access-approvals", "recoveries", ":id", use: AccessApprovalPages.approveRecovery)
    app.get("activate", ":secret", use: ActivationPages.show)
    app.post("activate", ":secret", use: ActivationPages.submit)
    app.get("api-tokens", use: APITokensController.list)
    app.post("api-tokens", use: APITokensController.create)
    app.post("api-tokens", ":id", "revoke", use: APITokensController.revoke)

    app.get("records", use: RecordsController.list)
    app.get("records", ":id", use: RecordsController.show)
    app.get("records", ":id", "access", use: RecordsController.accessLog)
    app.get("records", ":id", "access.csv", use: RecordsController.accessLogCSV)

    app.get("records", ":id", "consent", use: ConsentController.show)
    app.post("records", ":id", "consent", use: ConsentController.record)

    app.get("agreements", use: AgreementsController.list)
    app.get("agreements", "new", use: AgreementsController.new)
    app.post("agreements", use: AgreementsController.create)
    app.get("agreements", ":id", use: AgreementsController.show)
    app.get("agreements", ":id", "edit", use: AgreementsController.edit)
    app.post("agreements", ":id", "edit", use: AgreementsController.revise)
    app.post("agreements", ":id", "approve", use: AgreementsController.approve)
    app.post("agreements", ":id", "change", use: AgreementsController.change)

    app.get("can-i-share", use: CanIShareController.show)
    app.post("can-i-share", use: CanIShareController.decide)
    app.get("decisions", use: CanIShareController.list)
    app.get("decisions", ":id", use: CanIShareController.showDecision)


    let v1 = app.grouped("api", "v1")
    v1.get("organisations", use: OrganisationsAPI.list)
    v1.get("organisations", ":code", use: OrganisationsAPI.show)
    v1.get("records", ":id", use: RecordsController.apiShow)

    for pathway in WebPathways.all { pathway.routes(app) }
}
