import NIOCore
import Vapor

/// Work the server does on its own while it runs: first after `initialDelay`, then every `delay`,
/// and once more as it stops when `onShutdown` is set. Each job keeps its own task.
struct RepeatedJob: LifecycleHandler {
    let initialDelay: TimeAmount
    let delay: TimeAmount
    var onShutdown = false
    let run: @Sendable (Application) async -> Void
    private let key = TaskBox()

    init(initialDelay: TimeAmount, delay: TimeAmount, onShutdown: Bool = false, run: @escaping @Sendable (Application) async -> Void) {
        self.initialDelay = initialDelay; self.delay = delay; self.onShutdown = onShutdown; self.run = run
    }

    func didBootAsync(_ app: Application) async throws {
        let run = run
        key.task = app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: delay) { _ in
            app.eventLoopGroup.next().makeFutureWithTask { await run(app) }
        }
    }

    func shutdownAsync(_ app: Application) async {
        key.task?.cancel()
        if onShutdown { await run(app) }
    }

    /// The scheduled task, set once at boot and read at shutdown.
    private final class TaskBox: @unchecked Sendable { var task: RepeatedTask? }
}
