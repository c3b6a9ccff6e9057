import Foundation
import Plot
import SharewellCore
import SharewellStore
import Vapor

/// A job's page: what it is doing and how far it has got, as a labelled `<progress>` bar and in
/// words. It works without JavaScript: while the job runs the response asks the browser to reload
/// it every few seconds (the `Refresh` header), which the person can stop, and a plain link
/// refreshes it by hand.
enum JobProgressPage {
    struct Model {
        var job: JobSummary
        /// Where the person goes when the job is done (registered by the kind's pathway).
        var back: JobReturn?
        var refreshing: Bool
        var now: Date
    }

    /// Seconds between reloads while the job is unfinished.
    static let refreshSeconds = 5

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.actingUser()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let job = try await req.store.jobQueue.job(id, for: user) else { throw Abort(.notFound, reason: StoreError.unknownJob.message) }
        let model = Model(job: job, back: JobReturns.for(job.kind), refreshing: req.query[String.self, at: "refresh"] != "off", now: req.now)
        let response = view(model, context: req.pageContext).response()
        if model.refreshing && !job.state.isFinished { response.headers.replaceOrAdd(name: "Refresh", value: String(refreshSeconds)) }
        return response
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        Layout.document(title: model.job.title, context: context, main: .group(
            .unwrap(model.back) { .p(.a(.href($0.path(model.job.id)), .id("job-back"), .text($0.label))) },
            .h1(.class("heading-l"), .text(model.job.title)),
            status(model),
            progress(model.job),
            .if(!model.job.state.isFinished, refreshControls(model))
        ))
    }

    private static func status(_ model: Model) -> Node<HTML.BodyContext> {
        let job = model.job
        switch job.state {
        case .succeeded:
            return .div(.class("notification"), .attribute(named: "role", value: "status"), .id("job-status"),
                        .p(.strong(.class("tag tag-green"), .text("Done")), .text(" " + (job.outcome ?? "The work is done."))))
        case .failed:
            return .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .id("job-status"),
                        .h2(.class("error-summary-title"), .text("This could not be done")),
                        .p(.text(job.error ?? "It failed.")))
        case .queued where job.error != nil:
            return .div(.id("job-status"), .p(.strong(.class("tag tag-grey"), .text("Waiting to try again")),
                        .text(" The last try failed: \(job.error ?? "") Try \(job.attempts + 1) of \(job.maxAttempts) starts \(when(job.runAfter, now: model.now)).")))
        case .queued:
            return .div(.id("job-status"), .p(.strong(.class("tag tag-grey"), .text("Waiting")), .text(" Asked for \(time(job.createdAt)); it starts when a worker is free.")))
        case .running:
            return .div(.id("job-status"), .p(.strong(.class("tag"), .text("Running")),
                        .text(" Started \(time(job.startedAt ?? job.createdAt))\(job.attempts > 1 ? " (try \(job.attempts) of \(job.maxAttempts))" : "").")))
        }
    }

    /// The bar and the same figure in words, for those who cannot see the bar.
    private static func progress(_ job: JobSummary) -> Node<HTML.BodyContext> {
        let total = max(job.progressTotal, 1)
        let done = job.state == .succeeded ? total : min(job.progressDone, total)
        let words = job.progressTotal == 0 && job.state != .succeeded ? "Not started yet." : "\(done) of \(counted(total, "step")) done (\(done * 100 / total)%)."
        return .div(.class("form-group"),
            .label(.for("job-progress"), .class("label"), .text("Progress")),
            .element(named: "progress", nodes: [.id("job-progress"), .attribute(named: "max", value: String(total)), .attribute(named: "value", value: String(done)),
                                                 .attribute(named: "aria-describedby", value: "job-progress-words"), .text(words)]),
            .p(.id("job-progress-words"), .class("hint"), .text(words)))
    }

    private static func refreshControls(_ model: Model) -> Node<HTML.BodyContext> {
        let path = "/jobs/\(model.job.id.uuidString.lowercased())"
        return .p(.id("job-refresh"),
            .text(model.refreshing ? "This page reloads every \(refreshSeconds) seconds until the work is done. " : "This page does not reload on its own. "),
            .a(.href(model.refreshing ? path : "\(path)?refresh=off"), .id("job-refresh-now"), .text("Refresh")),
            .text(" "),
            .a(.href(model.refreshing ? "\(path)?refresh=off" : path), .id("job-refresh-toggle"),
               .text(model.refreshing ? "Stop reloading" : "Reload every \(refreshSeconds) seconds")))
    }

    /// "on 15 Jan 2027 at 10:14:05", as a clock in England reads.
    private static func time(_ date: Date) -> String {
        "on \(date.formatted(dayStyle)) at \(clock(date))"
    }

    private static func when(_ date: Date, now: Date) -> String {
        date <= now ? "as soon as a worker is free" : "at \(clock(date))"
    }

    /// The time of day in England, to the second (a job's steps can be seconds apart).
    private static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = london
        let time = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", time.hour ?? 0, time.minute ?? 0, time.second ?? 0)
    }

    private static var dayStyle: Date.FormatStyle {
        var style = Date.FormatStyle(date: .abbreviated, time: .omitted).locale(Locale(identifier: "en_GB"))
        style.timeZone = london
        return style
    }

    private static var london: TimeZone { TimeZone(identifier: "Europe/London") ?? .gmt }
}
