import FluentKit
import FluentSQL
import Foundation
import SharewellCore

/// A person record as a permitted user sees it.
public struct PersonRecordView: Sendable, Equatable {
    public let id: UUID
    public let ownerCode: String
    public let source: RecordSource
    public let localID: String
    public let nhsNumber: String?
    public let givenName: String
    public let familyName: String
    public let dateOfBirth: String
    public let sex: String
    public let addressLine: String
    public let postcode: String
    public let registeredPracticeCode: String?
}

public struct PersonRecordPage: Sendable, Equatable {
    public let records: [PersonRecordView]
    public let total: Int
    public let page: Int
    public static let pageSize = 50
}

extension Store {
    /// The one place the scope of identifiable person records is decided (ARCHITECTURE.md rule 2):
    /// records of the user's own organisation, for roles that may see identifiable data, else none.
    /// Another organisation never reads these rows: the gate (`share`) sends it a copy of only the
    /// items an agreement allows, which the receiving pathway keeps as its own record.
    static func visibleRecords(to user: ActingUser, on db: any Database) -> QueryBuilder<PersonRecordModel>? {
        guard user.may(.viewIdentifiableRecords) else { return nil }
        return PersonRecordModel.held(by: user, on: db)
    }

    /// A page of the user's visible records, by family then given name, optionally matching a name or local id.
    /// Listing names is a view of identifiable data, so it is audited (count and page, never the names).
    public func personRecords(for user: ActingUser, matching text: String = "", page: Int = 1, at date: Date) async throws -> PersonRecordPage {
        guard let query = Self.visibleRecords(to: user, on: db) else { return PersonRecordPage(records: [], total: 0, page: 1) }
        let words = text.trimmingCharacters(in: .whitespaces).lowercased()
        if !words.isEmpty {
            let pattern = "%" + words.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            query.filter(.sql(embed: "(LOWER(\(ident: "family_name")) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(\(ident: "given_name")) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(\(ident: "local_id")) LIKE \(bind: pattern) ESCAPE '\\')"))
        }
        let total = try await query.count()
        let page = max(1, min(page, max(1, (total + PersonRecordPage.pageSize - 1) / PersonRecordPage.pageSize)))
        let models = try await query.sort(\.$familyName).sort(\.$givenName).sort(\.$id)
            .range((page - 1) * PersonRecordPage.pageSize..<page * PersonRecordPage.pageSize).all()
        try await audit(.init(action: .viewList, subject: "person_records:\(user.organisationCode)", purpose: Self.purpose(of: user),
                              detail: "page \(page), \(models.count) of \(total) records\(words.isEmpty ? "" : ", searched")", people: models.compactMap(\.id)), by: user, at: date)
        return PersonRecordPage(records: try models.map { try $0.view(ownerCode: user.organisationCode) }, total: total, page: page)
    }

    /// One record if the user may see it, with the view audited in the same transaction; `nil`
    /// otherwise, whether it exists elsewhere or not at all, so the answer leaks nothing.
    public func personRecord(_ id: UUID, for user: ActingUser, at date: Date) async throws -> PersonRecordView? {
        try await auditedTransaction { tx in
            guard let model = try await Self.visibleRecords(to: user, on: tx)?.filter(\.$id == id).first() else { return nil }
            try await AuditLog.append(.init(action: .view, subject: Self.subject(id), purpose: Self.purpose(of: user),
                                            detail: "\(model.source) record"), by: user, at: date, on: tx)
            return try model.view(ownerCode: user.organisationCode)
        }
    }

    /// "Who has seen this person's record": for the owning organisation's IG lead, auditor or
    /// safeguarding lead; `nil` (a 404) for anyone else. Looking is itself recorded. A reader who
    /// may not read records (an auditor, an IG lead) has the look-up limit however they come:
    /// by number or by the record's address (review F7).
    public func accessLog(forRecord id: UUID, for user: ActingUser, at date: Date) async throws -> [AuditEntryView]? {
        guard user.may(.readAccessLog), user.organisationID != nil,
              try await PersonRecordModel.held(by: user, on: db).filter(\.$id == id).first() != nil
        else { return nil }
        if !user.may(.viewIdentifiableRecords) { try await checkLookUps(opening: id, by: user, at: date) }
        try await audit(.init(action: .viewAccessLog, subject: Self.subject(id), purpose: "Information governance"), by: user, at: date)
        return try await auditEntries(subject: Self.subject(id), person: id).map { $0.seen(from: user.organisationCode) }
    }

    static func subject(_ id: UUID) -> String { "person_record:\(id.uuidString.lowercased())" }

    /// The purpose recorded for a view, from who is looking.
    static func purpose(of user: ActingUser) -> String {
        switch user.kind {
        case .person(_, .safeguardingLead): "Safeguarding"
        case .person: "Direct care"
        case .apiToken: "Machine client (\(user.displayName))"
        case .system(let command), .command(let command, _): "sharewell \(command)"
        }
    }
}

extension PersonRecordModel {
    func view(ownerCode: String) throws -> PersonRecordView {
        PersonRecordView(id: try requireID(), ownerCode: ownerCode, source: try stored("person_records.source", source), localID: localID, nhsNumber: nhsNumber,
                         givenName: givenName, familyName: familyName, dateOfBirth: dateOfBirth, sex: sex,
                         addressLine: addressLine, postcode: postcode, registeredPracticeCode: registeredPracticeCode)
    }
}
