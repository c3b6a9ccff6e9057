import Foundation
import SharewellStore
import Vapor

extension Request {
    /// After a job is asked for: wakes this process's worker and, when one is listening, waits up
    /// to `patience` for the job to finish, so short work answers at once. Returns the job if it
    /// finished in time; `nil` means it is still waiting or running (show its page).
    func finished(_ ticket: JobTicket, for user: ActingUser, patience: Duration = .seconds(3)) async throws -> JobSummary? {
        let bell = dependencies.jobBell
        bell.ring()
        guard bell.hasListeners else { return nil }
        let clock = ContinuousClock(), deadline = clock.now + patience
        while clock.now < deadline {
            if let job = try await store.jobQueue.job(ticket.id, for: user), job.state.isFinished { return job }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// The job's own page (progress, or why it failed).
    func redirect(toJob id: UUID) -> Response {
        redirect(to: "/jobs/\(id.uuidString.lowercased())", redirectType: .normal)
    }
}
