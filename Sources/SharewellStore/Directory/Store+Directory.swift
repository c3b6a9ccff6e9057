import FluentKit
import FluentSQL
import Foundation
import SQLKit
import SharewellCore

/// What a directory search asks for: words in the name, code, postcode or a safeguarding lead's
/// name, and optionally one kind.
public struct DirectorySearch: Sendable, Equatable {
    public var text: String
    public var kind: OrganisationKind?
    public init(text: String = "", kind: OrganisationKind? = nil) { self.text = text; self.kind = kind }
}

extension Store {
    /// Organisations whose name, code, postcode (spaced or not) or safeguarding lead's or deputy's
    /// name contains the search text (any case), of the chosen kind,
    /// by name. The directory is not personal data: every signed-in user may read all of it.
    public func directory(_ search: DirectorySearch = .init()) async throws -> [DirectoryEntry] {
        let query = OrganisationModel.query(on: db).with(\.$safeguardingContacts).sort(\.$name).sort(\.$code)
        if let kind = search.kind { query.filter(\.$kind == kind.rawValue) }
        let text = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        if !text.isEmpty {
            // Escape LIKE's wildcards so a search for "50%" means the characters, not a pattern.
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            let pattern = "%\(escaped)%", compact = "%\(escaped.filter { $0 != " " })%"
            // The name or code, the postcode however it is spaced, or a safeguarding lead's or deputy's name.
            query.filter(.sql(embed: """
                (\(ident: "search_text") LIKE \(bind: pattern) ESCAPE '\\'
                 OR REPLACE(LOWER(\(ident: "postcode")), ' ', '') LIKE \(bind: compact) ESCAPE '\\'
                 OR EXISTS (SELECT 1 FROM \(ident: SafeguardingContactModel.schema) AS contact
                            WHERE contact.organisation_id = \(ident: OrganisationModel.schema).id AND LOWER(contact.name) LIKE \(bind: pattern) ESCAPE '\\'))
                """))
        }
        return try await query.all().map { try $0.entry() }
    }

    /// The organisation with this national code, or `nil`.
    public func organisation(code: String) async throws -> DirectoryEntry? {
        try await OrganisationModel.query(on: db).with(\.$safeguardingContacts)
            .filter(\.$code == code.uppercased()).first()?.entry()
    }

    /// The directory's name for each of these codes that it holds (a page names organisations, not codes).
    public func organisationNames(_ codes: some Collection<String>) async throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return Dictionary(try await OrganisationModel.query(on: db).filter(\.$code ~~ Set(codes)).all().map { ($0.code, $0.name) }) { a, _ in a }
    }

    public func organisationCount() async throws -> Int {
        try await OrganisationModel.query(on: db).count()
    }

    /// Adds organisations with their leads, all or none.
    public func addOrganisations(_ entries: [DirectoryEntry]) async throws {
        try await Self.writeTransaction(on: db) { tx in _ = try await Self.insert(entries, on: tx) }
    }

    /// Inserts on a connection the caller already holds in a transaction; returns each code's id.
    @discardableResult
    static func insert(_ entries: [DirectoryEntry], on db: any Database) async throws -> [String: UUID] {
        let existing = try await OrganisationModel.query(on: db).filter(\.$code ~~ entries.map(\.code)).first()
        if let existing { throw StoreError.duplicateOrganisationCode(existing.code) }
        var ids: [String: UUID] = [:]
        for entry in entries {
            let model = OrganisationModel(entry)
            try await model.create(on: db)
            ids[entry.code] = model.id
            var contacts = [SafeguardingContactModel(entry.safeguardingLead, role: SafeguardingContactModel.lead, organisationID: model.id!)]
            if let deputy = entry.deputySafeguardingLead {
                contacts.append(SafeguardingContactModel(deputy, role: SafeguardingContactModel.deputy, organisationID: model.id!))
            }
            try await contacts.create(on: db)
        }
        return ids
    }
}

extension Store {
    /// An administrator adds an organisation that joins the hub.
    public func addOrganisation(_ entry: DirectoryEntry, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.manageDirectory) else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            try await Self.insert([entry], on: tx)
            try await AuditLog.append(.init(action: .createOrganisation, subject: "organisation:\(entry.code)", detail: "\(entry.kind.rawValue) \(entry.name)"),
                                      by: actor, at: date, on: tx)
        }
    }

    /// An administrator keeps their own organisation's entry up to date; the code and kind stay.
    public func updateOrganisation(_ entry: DirectoryEntry, by actor: ActingUser, at date: Date) async throws {
        guard actor.may(.manageDirectory), actor.organisationCode == entry.code else { throw StoreError.notAParty }
        try await auditedTransaction { tx in
            guard let model = try await OrganisationModel.query(on: tx).filter(\.$code == entry.code).first(),
                  model.kind == entry.kind.rawValue else { throw StoreError.unknownOrganisation(entry.code) }
            let before = try await OrganisationModel.query(on: tx).filter(\.$code == entry.code).with(\.$safeguardingContacts).first()?.entry()
            model.update(from: entry)
            try await model.save(on: tx)
            let id = try model.requireID()
            try await SafeguardingContactModel.query(on: tx).filter(\.$organisation.$id == id).delete()
            try await SafeguardingContactModel(entry.safeguardingLead, role: SafeguardingContactModel.lead, organisationID: id).create(on: tx)
            if let deputy = entry.deputySafeguardingLead {
                try await SafeguardingContactModel(deputy, role: SafeguardingContactModel.deputy, organisationID: id).create(on: tx)
            }
            try await AuditLog.append(.init(action: .updateOrganisation, subject: "organisation:\(entry.code)", detail: Self.changes(before, entry)),
                                      by: actor, at: date, on: tx)
        }
    }

    /// What changed, for the audit log: the old value of each changed field is kept there.
    private static func changes(_ before: DirectoryEntry?, _ after: DirectoryEntry) -> String {
        guard let before else { return "" }
        func words(_ lead: SafeguardingLead) -> String { "\(lead.name), \(lead.jobTitle), \(lead.secureEmail), \(lead.directPhone)" }
        let fields: [(String, String, String)] = [
            ("name", before.name, after.name), ("address", "\(before.addressLine), \(before.town), \(before.postcode)", "\(after.addressLine), \(after.town), \(after.postcode)"),
            ("mailbox", before.secureMailbox, after.secureMailbox), ("phone", before.directPhone, after.directPhone),
            ("catchment", before.catchment.map(\.value).joined(separator: " "), after.catchment.map(\.value).joined(separator: " ")),
            ("lead", words(before.safeguardingLead), words(after.safeguardingLead)),
            ("deputy", before.deputySafeguardingLead.map(words) ?? "none", after.deputySafeguardingLead.map(words) ?? "none"),
        ]
        return fields.filter { $0.1 != $0.2 }.map { "\($0.0) was \($0.1)" }.joined(separator: "; ")
    }
}
