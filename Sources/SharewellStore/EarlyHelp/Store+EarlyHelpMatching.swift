import FluentKit
import Foundation
import Linkage
import SharewellCore

/// What one matching run did.
public struct MatchingSummary: Sendable, Equatable, Codable {
    public let patients: Int
    public let linked: Int
    public let toReview: Int
    /// Whether the extract's people are already destroyed (nothing left to review).
    public let finished: Bool
}

/// A pair waiting for a person to decide: the practice's patient beside the council's person, and why.
public struct LinkReview: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public let name: String
        public let dateOfBirth: String
        public let sex: String
        public let address: String
    }
    public let id: UUID
    public let practicePatientID: String
    public let practice: Side
    public let council: Side
    public let probability: Double
    public let explanation: [String]
}

/// A patient list the council received, as its early help team sees the list of them.
public struct ReceivedExtract: Sendable, Equatable {
    public let id: UUID
    public let practiceName: String
    public let practiceCode: String
    public let sentAt: Date
    public let patients: Int
    public let linked: Int
    public let toReview: Int
    public let matchedAt: Date?
    public let destroyAfter: String
}

extension Store {
    /// The council links a patient list it received to its own person records with the `Linkage`
    /// engine (issue 8, item 3): pairs at or above the engine's threshold are linked one to one;
    /// uncertain pairs (0.2 up to the threshold) wait for review with the explanation; once nothing
    /// waits, the extract's people are destroyed and only the links (its person, the practice
    /// patient id) remain. It runs as a job (`MatchPatientListJob`), reporting its four steps to `progress`.
    public func matchPatientList(_ extractID: UUID, by actor: ActingUser, at date: Date,
                                 progress: @Sendable (_ done: Int, _ total: Int) async throws -> Void = { _, _ in }) async throws -> MatchingSummary {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID,
              let extract = try await EarlyHelpExtractModel.query(on: db).filter(\.$id == extractID).filter(\.$recipient.$id == councilID).first(),
              extract.matchedAt == nil else { throw StoreError.unknownExtract }
        guard try await EarlyHelpLinkModel.query(on: db).filter(\.$extract.$id == extractID).count() == 0 else { throw StoreError.alreadyMatched }
        let patients = try await EarlyHelpExtractPersonModel.query(on: db).filter(\.$extract.$id == extractID).sort(\.$practicePatientID).all()
        let people = try await PersonRecordModel.held(by: actor, on: db).sort(\.$localID).all()
        try await progress(1, 4)
        let left = PreparedRecords(patients.map(Self.linkRecord)), right = PreparedRecords(people.map(Self.linkRecord))
        let linker = await Linker(left: left, right: right)
        try await progress(2, 4)
        let scored = await linker.scored(atLeast: 0.2)
        try await progress(3, 4)
        let links = Linker.oneToOne(scored.pairs.filter { $0.probability >= MatchModel.defaultThreshold })
        let linkedLeft = Set(links.map(\.left)), linkedRight = Set(links.map(\.right))
        let uncertain = scored.pairs.filter { $0.probability < MatchModel.defaultThreshold && !linkedLeft.contains($0.left) && !linkedRight.contains($0.right) }
        return try await auditedTransaction { tx in
            // A job can run twice (its worker stalled past its lease): the second finds the first's links.
            guard try await EarlyHelpLinkModel.query(on: tx).filter(\.$extract.$id == extractID).count() == 0 else { throw StoreError.alreadyMatched }
            for link in links {
                try await Self.addLink(extractID, person: try people[link.right].requireID(), patient: patients[link.left].practicePatientID,
                                       probability: link.probability, decidedBy: "automatic", on: tx)
            }
            for pair in uncertain {
                let review = EarlyHelpLinkReviewModel()
                review.$extract.id = extractID; review.$extractPerson.id = try patients[pair.left].requireID()
                review.$councilPerson.id = try people[pair.right].requireID(); review.probability = pair.probability
                review.explanation = linker.explain(pair.left, pair.right).lines.joined(separator: "\n")
                try await review.create(on: tx)
            }
            try await AuditLog.append(.init(action: .matched, subject: Self.extractSubject(extractID), purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "\(patients.count) patients: \(links.count) linked, \(uncertain.count) pairs to review"), by: actor, at: date, on: tx)
            let finished = try await self.finishMatchingIfReviewed(extractID, by: actor, at: date, on: tx)
            return MatchingSummary(patients: patients.count, linked: links.count, toReview: uncertain.count, finished: finished)
        }
    }

    /// How many pairs wait for the actor's organisation to decide (no names: not a view).
    public func linkReviewCount(for actor: ActingUser) async throws -> Int {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID else { return 0 }
        return try await EarlyHelpLinkReviewModel.query(on: db).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID).count()
    }

    /// The pairs waiting for the actor's organisation to decide, both sides named: a view, audited.
    public func linkReviews(for actor: ActingUser, at date: Date) async throws -> [LinkReview] {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID else { return [] }
        let reviews = try await EarlyHelpLinkReviewModel.query(on: db).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID)
            .with(\.$extractPerson).with(\.$councilPerson).sort(\.$probability, .descending).all()
        try await audit(.init(action: .viewList, subject: "early_help_link_reviews:\(actor.organisationCode)", purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                              detail: "\(reviews.count) pairs", people: reviews.map { $0.$councilPerson.id }), by: actor, at: date)
        return try reviews.map { r in
            let p = r.extractPerson, c = r.councilPerson
            return LinkReview(id: try r.requireID(), practicePatientID: p.practicePatientID,
                              practice: .init(name: p.name, dateOfBirth: p.dateOfBirth, sex: p.sex, address: p.address),
                              council: .init(name: "\(c.givenName) \(c.familyName)", dateOfBirth: c.dateOfBirth, sex: c.sex, address: "\(c.addressLine), \(c.postcode)"),
                              probability: r.probability, explanation: r.explanation.split(separator: "\n").map(String.init))
        }
    }

    /// A person's decision on an uncertain pair. "The same person" links them (and drops the other
    /// pairs of either side); either way the pair leaves the queue, and the last decision on an
    /// extract finishes its matching.
    public func decideLinkReview(_ id: UUID, samePerson: Bool, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.viewIdentifiableRecords), let councilID = actor.organisationID else { throw StoreError.unknownExtract }
        try await auditedTransaction { tx in
            guard let review = try await EarlyHelpLinkReviewModel.query(on: tx).join(parent: \.$extract).filter(EarlyHelpExtractModel.self, \.$recipient.$id == councilID)
                .filter(\.$id == id).with(\.$extractPerson).first() else { throw StoreError.unknownExtract }
            let extractID = review.$extract.id
            if samePerson {
                try await Self.addLink(extractID, person: review.$councilPerson.id, patient: review.extractPerson.practicePatientID,
                                       probability: review.probability, decidedBy: actor.displayName, on: tx)
                try await EarlyHelpLinkReviewModel.query(on: tx).filter(\.$extract.$id == extractID)
                    .group(.or) { $0.filter(\.$extractPerson.$id == review.$extractPerson.id).filter(\.$councilPerson.$id == review.$councilPerson.id) }.delete()
            } else {
                try await review.delete(on: tx)
            }
            try await AuditLog.append(.init(action: .linkReviewed, subject: Self.subject(review.$councilPerson.id), purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                            detail: "\(samePerson ? "same person as" : "not") practice patient \(review.extractPerson.practicePatientID)"), by: actor, at: date, on: tx)
            _ = try await self.finishMatchingIfReviewed(extractID, by: actor, at: date, on: tx)
        }
    }

    /// The patient lists the actor's organisation received, newest first.
    public func receivedExtracts(for actor: ActingUser) async throws -> [ReceivedExtract] {
        guard actor.may(.viewIdentifiableRecords), let organisationID = actor.organisationID else { return [] }
        let extracts = try await EarlyHelpExtractModel.query(on: db).filter(\.$recipient.$id == organisationID).filter(\.$kind == ExtractKind.patientList.rawValue)
            .with(\.$sender).sort(\.$sentAt, .descending).all()
        var result: [ReceivedExtract] = []
        for e in extracts {
            let id = try e.requireID()
            result.append(ReceivedExtract(id: id, practiceName: e.sender.name, practiceCode: e.sender.code, sentAt: e.sentAt, patients: e.sent,
                                          linked: try await EarlyHelpLinkModel.query(on: db).filter(\.$extract.$id == id).count(),
                                          toReview: try await EarlyHelpLinkReviewModel.query(on: db).filter(\.$extract.$id == id).count(),
                                          matchedAt: e.matchedAt, destroyAfter: e.destroyAfter))
        }
        return result
    }

    private static func addLink(_ extractID: UUID, person: UUID, patient: String, probability: Double, decidedBy: String, on tx: any Database) async throws {
        let link = EarlyHelpLinkModel()
        link.$extract.id = extractID; link.$councilPerson.id = person; link.practicePatientID = patient
        link.probability = probability; link.decidedBy = decidedBy
        try await link.create(on: tx)
    }

    /// With no pair left to decide, the extract's people are destroyed: the links are all the council keeps.
    private func finishMatchingIfReviewed(_ extractID: UUID, by actor: ActingUser, at date: Date, on tx: any Database) async throws -> Bool {
        guard try await EarlyHelpLinkReviewModel.query(on: tx).filter(\.$extract.$id == extractID).count() == 0,
              let extract = try await EarlyHelpExtractModel.find(extractID, on: tx) else { return false }
        let destroyed = try await EarlyHelpExtractPersonModel.query(on: tx).filter(\.$extract.$id == extractID).count()
        try await EarlyHelpExtractPersonModel.query(on: tx).filter(\.$extract.$id == extractID).delete()
        extract.matchedAt = date
        try await extract.update(on: tx)
        try await AuditLog.append(.init(action: .extractDestroyed, subject: Self.extractSubject(extractID), purpose: SharingPurpose.earlyHelpDataMatching.rawValue,
                                        detail: "matching finished: \(destroyed) patients' details destroyed; practice patient ids kept as links"), by: actor, at: date, on: tx)
        return true
    }

    static func extractSubject(_ id: UUID) -> String { "extract:\(id.uuidString.lowercased())" }

    /// A patient as the engine reads them: the address without the postcode the gate appends to it.
    static func linkRecord(_ p: EarlyHelpExtractPersonModel) -> LinkRecord {
        let address = p.address.hasSuffix(", \(p.postcode)") ? String(p.address.dropLast(p.postcode.count + 2)) : p.address
        return LinkRecord(id: p.practicePatientID, givenName: p.givenName, familyName: p.familyName,
                          dateOfBirth: p.dateOfBirth, sex: p.sex, postcode: p.postcode, address: address)
    }

    static func linkRecord(_ r: PersonRecordModel) -> LinkRecord {
        LinkRecord(id: r.localID, givenName: r.givenName, familyName: r.familyName, dateOfBirth: r.dateOfBirth, sex: r.sex,
                   postcode: r.postcode, address: r.addressLine, nhsNumber: r.nhsNumber ?? "")
    }
}
