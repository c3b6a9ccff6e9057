import FluentKit
import Foundation
import SharewellCore

/// A decision about a case-by-case sharing, as the practitioner records it.
public struct ProposedSharing: Sendable {
    public var recipient: String
    public var purpose: SharingPurpose
    public var personID: UUID?
    public var agreementID: UUID?
    /// The facts the decision was made on, when the practitioner described them (the page);
    /// `nil` when the gate decided from the register.
    public var facts: SharingFacts?
    public var decision: SharingDecision
    public var justification: String

    public init(recipient: String, purpose: SharingPurpose, personID: UUID?, agreementID: UUID?, facts: SharingFacts?,
                decision: SharingDecision, justification: String) {
        self.recipient = recipient; self.purpose = purpose; self.personID = personID; self.agreementID = agreementID
        self.facts = facts; self.decision = decision; self.justification = justification
    }
}

/// A recorded decision as it is read back.
public struct RecordedDecision: Sendable, Equatable {
    public let id: UUID
    public let madeBy: String
    public let madeAt: Date
    public let recipient: String
    public let purpose: SharingPurpose
    public let personID: UUID?
    public let outcome: SharingDecision.Outcome
    public let path: [String]
    public let obligations: [SharingDecision.Obligation]
    public let justification: String
}

extension Store {
    /// Records a decision made on "Can I share this?". The facts are decided again here, so what
    /// is stored is what the rules say, whatever a form claimed.
    public func recordDecision(facts: SharingFacts, recipient: String, purpose: SharingPurpose, personID: UUID?,
                               justification: String, by actor: ActingUser, at date: Date) async throws -> UUID {
        guard actor.may(.decideSharing) else { throw StoreError.notAParty }
        let decision = SharingDecision.decide(facts)
        var problems: [FieldProblem] = []
        if decision.obligations.contains(.recordJustification), justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(.init(field: "justification", message: "Enter your justification for sharing without consent"))
        }
        if try await OrganisationModel.query(on: db).filter(\.$code == recipient).first() == nil {
            problems.append(.init(field: "recipient", message: "Choose the organisation you would share with"))
        } else if recipient.uppercased() == actor.organisationCode.uppercased() {
            problems.append(.init(field: "recipient", message: "Choose another organisation: a decision here is for sharing outside your own organisation"))
        }
        guard problems.isEmpty else { throw StoreError.invalidFields(problems) }
        return try await auditedTransaction { tx in
            if let personID, try await Self.visibleRecords(to: actor, on: tx)?.filter(\.$id == personID).first() == nil { throw StoreError.unknownPerson }
            return try await storeDecision(.init(recipient: recipient, purpose: purpose, personID: personID, agreementID: nil, facts: facts,
                                                 decision: decision, justification: justification), by: actor, at: date, on: tx)
        }
    }

    @discardableResult
    func storeDecision(_ proposal: ProposedSharing, by actor: ActingUser, at date: Date, on tx: any Database) async throws -> UUID {
        let model = SharingDecisionModel()
        model.$organisation.id = try actor.organisationID.orThrow(StoreError.notAParty)
        model.madeBy = "\(actor.displayName), \(actor.organisationCode)"
        model.recipient = proposal.recipient
        model.purpose = proposal.purpose.rawValue
        model.personRecordID = proposal.personID
        model.agreementID = proposal.agreementID
        model.facts = try proposal.facts.map { String(decoding: try JSONEncoder.sorted.encode($0), as: UTF8.self) } ?? ""
        model.outcome = proposal.decision.outcome.rawValue
        model.path = proposal.decision.path.joined(separator: "\n")
        model.obligations = proposal.decision.obligations.map(\.rawValue).joined(separator: " ")
        model.justification = proposal.justification.trimmingCharacters(in: .whitespacesAndNewlines)
        model.madeAt = date
        try await model.create(on: tx)
        let id = try model.requireID()
        try await AuditLog.append(.init(action: .decision, subject: proposal.personID.map(Self.subject) ?? "sharing_decision:\(id.uuidString.lowercased())",
                                        purpose: proposal.purpose.rawValue,
                                        detail: "\(proposal.decision.outcome.rawValue) to \(proposal.recipient)",
                                        text: model.justification.isEmpty ? "" : "justification: \(model.justification)"),
                                  by: actor, at: date, on: tx)
        return id
    }

    /// The organisation's recorded decisions, newest first, for those who make or answer for them.
    public func sharingDecisions(for actor: ActingUser) async throws -> [RecordedDecision] {
        guard actor.may(.readSharingDecisions), let organisationID = actor.organisationID else { return [] }
        return try await SharingDecisionModel.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$madeAt, .descending).all().map { try $0.recorded }
    }

    public func sharingDecision(_ id: UUID, for actor: ActingUser) async throws -> RecordedDecision? {
        guard actor.may(.readSharingDecisions), let organisationID = actor.organisationID else { return nil }
        return try await SharingDecisionModel.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()?.recorded
    }
}

extension SharingDecisionModel {
    var recorded: RecordedDecision {
        get throws(StoreError) {
            try RecordedDecision(id: id ?? UUID(), madeBy: madeBy, madeAt: madeAt, recipient: recipient,
                         purpose: stored("sharing_decisions.purpose", purpose), personID: personRecordID,
                         outcome: stored("sharing_decisions.outcome", outcome),
                         path: path.split(separator: "\n").map(String.init),
                         obligations: obligations.split(separator: " ").map { text throws(StoreError) in try stored("sharing_decisions.obligations", String(text)) },
                         justification: justification)
        }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}
