import ArgumentParser
import Foundation
import SharewellCore

extension Sharewell {
    /// The sharing decision on the command line, for scripts and for checking the rules by hand.
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide whether a proposed sharing may go ahead, and print the rule path as JSON.",
            discussion: "Prints {\"decision\": ..., \"path\": [...], \"obligations\": [...]}; decisions are share, share-with-justification, seek-consent and do-not-share.")

        @Option(help: "Does the information identify a person? (yes|no)") var identifiable: YesNo
        @Option(help: "Is it a bulk, pre-planned sharing rather than case-by-case? (yes|no)") var bulk: YesNo
        @Option(help: "The agreement's state: \(AgreementState.allCases.map(\.rawValue).joined(separator: "|")).") var agreement: AgreementState = .none
        @Option(help: "Does a DPIA confirm the sharing? (yes|no)") var dpia: YesNo = .no
        @Option(help: "The consent register's answer: \(ConsentState.allCases.map(\.rawValue).joined(separator: "|")).") var consent: ConsentState = .notSought
        @Option(help: "Is the information confidential? (yes|no)") var confidential: YesNo = .yes
        @Option(name: .customLong("significant-harm"), help: "Is a child at risk of significant harm? (yes|no)") var significantHarm: YesNo = .no
        @Option(name: .customLong("public-interest"), help: "Does an overriding public interest justify sharing? (yes|no)") var publicInterest: YesNo = .no
        @Option(name: .customLong("consent-would-endanger"), help: "Would seeking consent itself put the child at risk? (yes|no)") var consentWouldEndanger: YesNo = .no

        func run() throws {
            let decision = SharingDecision.decide(SharingFacts(
                identifiable: identifiable.bool, bulk: bulk.bool, agreement: agreement, dpia: dpia.bool, consent: consent,
                confidential: confidential.bool, significantHarm: significantHarm.bool, publicInterest: publicInterest.bool,
                consentWouldEndanger: consentWouldEndanger.bool))
            print(try Self.json(decision))
        }

        /// The contract's key order (decision, path, obligations), which a keyed encoder would not promise.
        static func json(_ decision: SharingDecision) throws -> String {
            func list(_ items: [String]) throws -> String { "[" + (try items.map(quoted)).joined(separator: ", ") + "]" }
            func quoted(_ text: String) throws -> String { String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }
            return "{\"decision\": \(try quoted(decision.outcome.rawValue)), \"path\": \(try list(decision.path)), \"obligations\": \(try list(decision.obligations.map(\.rawValue)))}"
        }
    }

    enum YesNo: String, ExpressibleByArgument, CaseIterable {
        case yes, no
        var bool: Bool { self == .yes }
    }
}

extension AgreementState: ExpressibleByArgument {}
extension ConsentState: ExpressibleByArgument {}
