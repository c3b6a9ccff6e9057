import Fluent
import SharewellCore
import SharewellDemo
import SharewellStore
import Vapor

/// Sets up an application: database and migrations, middleware, routes. Used by `serve` and by the tests.
public func configure(_ app: Application, _ settings: ServeSettings) async throws {
    app.databases.use(try settings.location.configuration(), as: settings.location.databaseID, isDefault: true)
    app.migrations.add(StoreMigrations.all)
    if settings.demo { app.migrations.add(DemoBorough.migrations) }
    try await settings.location.prepare(app.db)
    try await app.autoMigrate()
    let (key, created) = try ServerKey.load(path: settings.keyFile, createIfMissing: settings.createKeyIfMissing)
    if created { app.logger.warning("Generated a new server key; set SHAREWELL_KEY_FILE to a key kept outside the data folder in production", metadata: ["path": "\(settings.keyFile)"]) }
    app.storage[AppDependenciesKey.self] = AppDependencies(now: settings.now, serverKey: key, checkpointFolder: settings.checkpointFolder)
    await AuditCheckpointing.startSeries(app)
    let sealed = try await Store(app.db, secrets: app.dependencies.secrets).sealPlainSecrets()
    if sealed > 0 { app.logger.notice("Sealed two-factor keys stored in plain text", metadata: ["accounts": "\(sealed)"]) }
    app.lifecycle.use(AuditCheckpointing.job)
    app.lifecycle.use(ScheduledJobs.job)
    // A demo server's worker runs the demo's staging too (the matching it queues as it starts).
    app.lifecycle.use(JobWorkers(count: settings.workers, pollInterval: settings.workerPollInterval, location: settings.location,
                                 kinds: settings.demo ? .withDemo : .sharewell))
    if settings.demo {
        try await loadDemoBoroughIfEmpty(app, settings)
    } else {
        // The demo accounts' password is published: a demo database served for real would let anyone in.
        let demoAccounts = try await Store(app.db).demoAccounts().count
        if demoAccounts > 0 { throw StoreError.demoAccountsWithoutDemo(demoAccounts) }
    }
    // Once at start-up, after checking the chain extends the newest checkpoint, then every minute.
    await AuditCheckpointing.write(app)

    _ = MetricsRegistry.shared
    app.storage[DemoModeKey.self] = settings.demo
    app.http.server.configuration.hostname = settings.hostname
    app.http.server.configuration.port = settings.port
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    // Outside the error middleware, so error pages carry the headers too.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(SharewellErrorMiddleware())
    app.middleware.use(MethodNotAllowedMiddleware())
    app.middleware.use(PublicFilesMiddleware(publicDirectory: WebResources.publicDirectory))
    app.middleware.use(SessionAuthenticator())
    app.middleware.use(BearerAuthenticator())
    app.middleware.use(CSRFMiddleware())
    // After the form token is checked and the body gathered: a form with a control character is refused whole.
    app.middleware.use(TypedTextGuard())
    app.middleware.use(SubmittedOnce())
    app.middleware.use(TimedOutUpload.Offering())
    try routes(app)
    app.get("jobs", ":id", use: JobProgressPage.show)
}

/// `serve --demo`: a newcomer sees a populated borough at once, but an existing database is never touched.
private func loadDemoBoroughIfEmpty(_ app: Application, _ settings: ServeSettings) async throws {
    let store = Store(app.db)
    let freshBorough = try await store.organisationCount() == 0
    if freshBorough {
        app.logger.info("Loading the demo borough", metadata: ["people": "\(settings.demoPeople)", "seed": "\(settings.demoSeed)"])
        let summary = try await DemoBorough.load(people: settings.demoPeople, seed: settings.demoSeed, into: store, at: settings.now())
        app.logger.info("Demo borough loaded", metadata: ["organisations": "\(summary.organisations)", "records": "\(summary.records)"])
    }
    if try await store.demoAccounts().isEmpty {
        try await store.addDemoAccounts(passwordHash: try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.next()).hash(Store.demoPassword).get(), at: settings.now())
        // The work already under way is done by the demo's accounts, so it comes with them, once,
        // and only into the demo's own borough (a populated database may not have its organisations).
        guard freshBorough else { return }
        try await DemoScenario.stage(into: Store(app.db, secrets: app.dependencies.secrets), database: app.db, at: settings.now())
        app.logger.info("Demo work staged", metadata: ["school": "\(DemoScenario.school)", "practice": "\(DemoScenario.practice)"])
    }
}

struct DemoModeKey: StorageKey { typealias Value = Bool }

extension Request {
    var store: Store { Store(db, secrets: dependencies.secrets) }
    var pageContext: PageContext {
        let user = auth.get(ActingUser.self).map {
            PageContext.Badge(name: $0.displayName, role: $0.role?.displayName ?? "", organisation: $0.organisationCode, permissions: $0.permissions,
                              organisationKind: $0.organisationKind)
        }
        var context = PageContext(path: url.path, demo: application.storage[DemoModeKey.self] ?? false, user: user,
                                  csrfToken: CSRFMiddleware.expectedToken(self) ?? "")
        context.submissionToken = Secrets.newToken()
        context.sentAgain = query[String.self, at: SubmittedOnce.againParameter] == "1"
        context.tooLongField = PendingForm.tooLongField(self)
        context.keptUpload = storage[TimedOutUpload.OfferKey.self]
        context.keptUploadDiscarded = query[String.self, at: "kept"] == "discarded"
        return context
    }
}

/// Starts the server and runs until it is stopped (SIGINT or SIGTERM).
public func serve(_ settings: ServeSettings) async throws {
    // Vapor reads its own command from these arguments; ours were parsed already.
    let app = try await Application.make(Environment(name: "production", arguments: ["sharewell", "serve"]))
    do {
        try await configure(app, settings)
        app.logger.notice("Sharewell is listening", metadata: ["url": "http://\(settings.hostname):\(settings.port)", "database": "\(settings.location.safeDescription)"])
        try await app.execute()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}
