import Foundation
import SharewellCore

/// Why the store refused or could not do something, worded for the person who asked.
public enum StoreError: Error, Equatable, Sendable {
    case databaseURL
    case databaseFolder(path: String)
    case boroughAlreadyLoaded(organisations: Int)
    case invalidBoroughSize(Int)
    case duplicateOrganisationCode(String)
    case keyFile(path: String, problem: String)
    case unknownOrganisation(String)
    case invalidEmail(String)
    case duplicateEmail(String)
    case weakPassword
    case noScopes
    case invalidFields([FieldProblem])
    case notAParty
    case alreadyApproved
    case agreementEnded
    case alreadySuspended
    case notSuspended
    case suspendedByAnotherParty([String])
    case unknownPerson
    case notASchool
    case notAPractice
    case retentionWouldDestroy(records: Int, before: CalendarDate)
    case tooManyLookUps(Int)
    case unknownExtract
    case alreadyMatched
    case notTheCouncil
    case demoAccountsWithoutDemo(Int)
    case checkpointSeries(String)
    case restoreRefused(String)
    case auditSequenceOutOfRange(Int64)
    case sealing(String)
    case ownAccessRequest
    /// An approver asked to approve the recovery of their own account.
    case ownAccountRecovery
    case newerVersion(Int)
    case unknownAccessRequest
    case sendingCrossed
    case unreadableStored(field: String, value: String)
    case duplicateAgreement(id: UUID, title: String)
    /// A write of another organisation's keeping, or a read of its rows, around the gate: a fault in
    /// Sharewell (the compiler refuses such code; this is what it would meet at run time).
    case notThroughTheGate
    /// Jobs (issue 15): see `JobQueue`, `JobWorker`.
    case jobNotAllowed
    case jobCrossed
    case jobLeaseLost
    case jobAbandoned
    case jobActorGone
    case unknownJob
    case jobQueueMissing
    case sqliteWorkerTaken(path: String)

    public var message: String {
        switch self {
        case .jobNotAllowed:
            "Your role does not allow this kind of work, or it is only started by the server itself."
        case .jobCrossed:
            "The same work was being asked for at the same moment; reload the page to follow it."
        case .jobLeaseLost:
            "Another worker took this job over after this one stopped renewing its lease, so this worker's result was not kept."
        case .jobAbandoned:
            "The worker running it stopped without finishing on its last try (it was stopped, or lost the database), so it was not tried again. Ask for it again."
        case .jobActorGone:
            "The person who asked for this can no longer sign in (their account was disabled or removed), so it was not done. Someone else in the organisation can ask again."
        case .unknownJob:
            "There is no such job among your organisation's."
        case .jobQueueMissing:
            "The database has no job queue yet: run `sharewell migrate`, or start the server, which migrates it, then start the worker again."
        case .sqliteWorkerTaken(let path):
            "A server is already running the worker for the SQLite file \(path), and SQLite supports one worker: the server's own. Stop that server first, or use PostgreSQL (DATABASE_URL) to run separate workers."
        case .newerVersion(let number):
            "Version \(number) was drafted after you opened this page: read it, then approve it."
        case .ownAccessRequest:
            "You made this request yourself, so someone else in your organisation must approve it."
        case .ownAccountRecovery:
            "This is the recovery of your own account, so someone else in your organisation must approve it."
        case .duplicateAgreement(_, let title):
            "‘\(title)’ already covers these organisations for this purpose and is in force or awaiting approval: revise that agreement instead of drafting another."
        case .unreadableStored(let field, let value):
            "The database holds “\(value.prefix(40))” in \(field), which this version of Sharewell cannot read, so nothing was done. Ask your administrator to check the upgrade."
        case .notThroughTheGate:
            "Sharewell tried to move data between organisations without its sharing gate, so nothing was done."
        case .sendingCrossed:
            "The same sending was being made at the same moment and did not finish; reload the page to see what was sent."
        case .unknownAccessRequest:
            "There is no such account or token waiting for approval in your organisation."
        case .sealing(let problem):
            "Secrets cannot be sealed or opened: \(problem)."
        case .auditSequenceOutOfRange(let sequence):
            "The audit log's newest entry is numbered \(sequence), which no real log reaches: the database was tampered with. Run `sharewell audit verify`."
        case .restoreRefused(let problem):
            "Not acknowledged: \(problem)."
        case .checkpointSeries(let problem):
            "The audit checkpoint series cannot be trusted: \(problem)."
        case .demoAccountsWithoutDemo(let count):
            "This database holds \(count) demo accounts whose password is published; serve it only with --demo, or use a new database for real work."
        case .databaseURL:
            "DATABASE_URL is not a PostgreSQL URL. Write it as postgres://user:password@host:5432/database."
        case .databaseFolder(let path):
            "Could not create the data folder \(path). Check that it is writable, or set DATABASE_URL."
        case .boroughAlreadyLoaded(let count):
            "The database already holds \(count) organisations; the demo borough is loaded only into an empty database. Point DATABASE_URL at a new database, or remove the SQLite file, and run the command again."
        case .invalidBoroughSize(let people):
            "A demo borough has between 1,000 and 2,000,000 people; \(people) is outside that."
        case .duplicateOrganisationCode(let code):
            "An organisation with the code \(code) is already in the directory."
        case .keyFile(let path, let problem):
            "The server key file \(path) cannot be used: \(problem). Set SHAREWELL_KEY_FILE to a file holding a base64 key of 32 bytes (for example from `openssl rand -base64 32`)."
        case .unknownOrganisation(let code):
            "There is no organisation with the code \(code) in the directory."
        case .invalidEmail:
            "Enter an email address in the correct format, like name@example.org."
        case .duplicateEmail:
            "There is already an account with this email address."
        case .weakPassword:
            "A password must be at least 12 characters long."
        case .noScopes:
            "Give the token at least one scope."
        case .invalidFields(let problems):
            problems.map(\.message).joined(separator: ". ") + "."
        case .notAParty:
            "Only a party to an agreement can change it, and only its information-governance lead can approve it."
        case .alreadySuspended:
            "Your organisation has already suspended this agreement."
        case .notSuspended:
            "This agreement is not suspended."
        case .suspendedByAnotherParty(let parties):
            "Only the party that suspended this agreement can resume it: \(parties.joined(separator: ", ")). Ask its information-governance lead."
        case .alreadyApproved:
            "Your organisation has already approved this version of the agreement."
        case .agreementEnded:
            "This agreement has ended and can no longer be changed."
        case .unknownPerson:
            "There is no such person among your organisation's records."
        case .notASchool:
            "Only a school's staff or its management information system can send attendance marks."
        case .notAPractice:
            "Only a GP practice's staff can do this."
        case .tooManyLookUps(let limit):
            "You have looked up \(limit) records in the last hour, the most one person may. Try again in an hour; if an audit needs more, ask your information-governance lead."
        case .retentionWouldDestroy(let records, let before):
            "This would destroy the practice's records of \(counted(records, "pupil")) (reviewed, or received and never reviewed, before \(before.longDescription)) within the hour. Confirm to go ahead."
        case .unknownExtract:
            "There is no such extract or pair among those your organisation received."
        case .alreadyMatched:
            "This patient list has already been matched."
        case .notTheCouncil:
            "Only the council's early help team can do this."
        }
    }
}
