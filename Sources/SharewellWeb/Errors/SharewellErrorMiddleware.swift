import SharewellCore
import SharewellFormats
import SharewellStore
import NIOCore
import Vapor

/// Turns every error into a page a person can read or a problem+json body a program can,
/// and never shows a stack trace or internal message: our own faults show only the request id.
struct SharewellErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch is Unauthenticated {
            if request.isMachineInterface {
                let detail = "Send an API token as Authorization: Bearer <token>."
                let response = request.isFHIR ? FHIRAnswer.error(.unauthorized, detail) : Problem(title: "Unauthorized", status: 401, detail: detail).response()
                response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
                return response
            }
            let back = request.method == .GET ? request.url.string : "/"
            return request.redirect(to: "/sign-in?return=\(back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", redirectType: .normal)
        } catch let refusal as AccessRefusal {
            return answer(Abort(.forbidden, reason: await refusal.words(request.store)), request: request)
        } catch {
            let response = answer(error, request: request)
            // A refusal's own headers (WWW-Authenticate, Allow) belong with it; a fault's never leave.
            if let abort = error as? any AbortError, abort.status.code < 500 {
                for (name, value) in abort.headers { response.headers.replaceOrAdd(name: name, value: value) }
            }
            return response
        }
    }

    private func answer(_ error: any Error, request: Request) -> Response {
        let (status, detail, fields) = describe(error, request: request)
        if request.isFHIR { return FHIRAnswer.error(status, detail) }
        if request.isMachineInterface {
            return Problem(title: status.reasonPhrase, status: Int(status.code), detail: detail,
                           errors: fields.isEmpty ? nil : fields.map { .init(field: $0.field, message: $0.message) }).response()
        }
        let model = ErrorPage.Model(status: status, detail: detail)
        return ErrorPage.view(model, context: request.pageContext).response(status: status)
    }

    private func describe(_ error: any Error, request: Request) -> (HTTPResponseStatus, String, [FieldError]) {
        switch error {
        case let invalid as InvalidRequest:
            return (invalid.status, invalid.errors.map(\.message).joined(separator: " "), invalid.errors)
        case let decoding as DecodingError:
            // Before `AbortError`: Vapor makes every DecodingError one, with the decoder's words.
            let field = decoding.fieldName.map { [FieldError(field: $0, message: decoding.plainWords)] } ?? []
            return (.badRequest, decoding.plainWords, field)
        case let abort as any AbortError where abort.status.code < 500:
            // Only our own refusals carry words for people. Vapor's (a bare 404, a body over its
            // limit, "Can't decode data without a content type") are framework words: never shown.
            let generic = abort.reason == abort.status.reasonPhrase || abort.reason.isEmpty || !Self.isOurs(abort)
            return (abort.status, generic ? ErrorPage.Model.plainDetail(for: abort.status) : abort.reason, [])
        case let store as StoreError:
            guard let status = store.statusForUser else { return fault(error, request) }
            return (status, store.message, [])
        case let format as FormatError:
            return (.unprocessableEntity, format.description, [])
        case let core as CoreError:
            return (.unprocessableEntity, core.message, [])
        case is NIOTooManyBytesError:
            return (.payloadTooLarge, "What was sent is larger than this address accepts: at most \(UploadLimit.maximum.value / 1_048_576) MB.", [])
        default:
            return fault(error, request)
        }
    }

    /// A refusal written by us: an `Abort` thrown from our own modules (its `#fileID` names the module).
    static func isOurs(_ error: any AbortError) -> Bool {
        guard let abort = error as? Abort, let file = abort.source?.file else { return false }
        return file.hasPrefix("Sharewell") || file.hasPrefix("sharewell/")
    }

    private func fault(_ error: any Error, _ request: Request) -> (HTTPResponseStatus, String, [FieldError]) {
        let id = request.headers.first(name: "X-Request-Id") ?? request.id
        var metadata: Logger.Metadata = ["error": "\(String(reflecting: type(of: error)))", "method": "\(request.method)", "path": "\(request.url.path)"]
        if let cause = DatabaseFault.summary(error) { metadata["cause"] = "\(cause)" }
        request.logger.error("Unhandled error", metadata: metadata)
        return (.internalServerError, "Something went wrong on our side. If it happens again, quote reference \(id).", [])
    }
}

extension StoreError {
    /// The answer when what a user sent caused the error, decided here once for every handler
    /// (issue 14: an unknown organisation code was a 500); `nil` for the server's own faults.
    var statusForUser: HTTPResponseStatus? {
        switch self {
        case .databaseURL, .databaseFolder, .keyFile, .boroughAlreadyLoaded, .invalidBoroughSize, .demoAccountsWithoutDemo, .checkpointSeries, .restoreRefused, .auditSequenceOutOfRange, .sealing, .unreadableStored, .notThroughTheGate: nil
        case .jobLeaseLost, .jobAbandoned, .jobActorGone, .jobQueueMissing, .sqliteWorkerTaken: nil
        case .jobNotAllowed: .forbidden
        case .unknownJob: .notFound
        case .jobCrossed: .conflict
        case .unknownOrganisation, .invalidEmail, .weakPassword, .noScopes, .invalidFields, .retentionWouldDestroy: .unprocessableEntity
        case .tooManyLookUps: .tooManyRequests
        case .unknownPerson, .unknownExtract, .unknownAccessRequest: .notFound
        case .notAParty, .notASchool, .notAPractice, .notTheCouncil, .ownAccessRequest, .ownAccountRecovery: .forbidden
        case .duplicateOrganisationCode, .duplicateEmail, .alreadyApproved, .newerVersion, .agreementEnded, .alreadySuspended, .notSuspended, .suspendedByAnotherParty, .alreadyMatched, .sendingCrossed, .duplicateAgreement: .conflict
        }
    }
}
