import Foundation
import SharewellCore
import SharewellFormats
import SharewellStore
import Vapor

/// `POST /fhir/Bundle` with `application/fhir+json`: maternity's or child health's births as a FHIR R4
/// `collection` Bundle (the PDS birth notification's shape, `BirthBundle`), stored and sent on
/// exactly as a CSV is, all or nothing. Every answer is an OperationOutcome (`FHIRAnswer`): a
/// refused bundle's issues carry FHIRPath expressions; a stored one's say what was done, each with
/// its count (`added`, `updated`, `listed`, `unassigned`), and warn of each recipient not sent to.
enum BirthBundleEndpoint {
    @Sendable static func receive(req: Request) async throws -> Response {
        let client = try BirthsSendPage.sender(req)
        guard let type = req.headers.contentType, type.type == "application", ["fhir+json", "json"].contains(type.subType) else {
            return FHIRAnswer.outcome(.unsupportedMediaType, [.init(.notSupported, "Bundle", "Send the Bundle as application/fhir+json.")])
        }
        let body: ByteBuffer
        do { body = try await req.body.collect(upTo: BirthBundle.maximumBytes) } catch {
            return FHIRAnswer.outcome(.payloadTooLarge, [.init(.tooLong, "Bundle", "The Bundle is larger than \(BirthBundle.maximumBytes / 1_048_576) MB: send the births in smaller Bundles.")])
        }
        let notices: [BirthNotice]
        do { notices = try BirthBundle.read(body.readableBytesView, dates: BirthDates(today: CalendarDate(inEngland: req.now))) } catch {
            return FHIRAnswer.outcome(.unprocessableEntity, error.issues)
        }
        do {
            return FHIRAnswer.outcome(.ok, stored(try await req.store.importBirths(notices, by: client, at: req.now)))
        } catch let refused as FormatError {
            // What only the whole sending shows (one NHS number on two babies, too many births): each
            // problem at the entry of the baby it names (a notice's line is its entry's index + 1).
            return FHIRAnswer.outcome(.unprocessableEntity, refused.problems.map { .init(.businessRule, "Bundle.entry[\($0.line - 1)]", $0.message) })
        }
    }

    /// What was stored and sent, as the send page words it, then each figure and each recipient not sent to.
    static func stored(_ s: BirthImportSummary) -> [OperationOutcome.Issue] {
        let words = BirthsSendPage.summary(added: s.added, updated: s.updated, listed: s.listed, unassigned: s.unassigned, unsent: s.notSent.count)
        let figures: [(code: String, count: Int, words: String)] = [("added", s.added, counted(s.added, "birth was", "births were") + " new."),
                       ("updated", s.updated, counted(s.updated, "birth was", "births were") + " updated."),
                       ("listed", s.listed, counted(s.listed, "family is", "families are") + " on a children's centre's list to contact."),
                       ("unassigned", s.unassigned, counted(s.unassigned, "birth is", "births are") + " in no centre's catchment and went to the early years team.")]
        let done = figures.map { OperationOutcome.Issue(.informational, "Bundle", $0.words, figure: .init($0.code, $0.count)) }
        let unsent = s.notSent.map { OperationOutcome.Issue(.businessRule, "Bundle", $0, warning: true) }
        return [OperationOutcome.Issue(.informational, "Bundle", words)] + done + unsent
    }
}
