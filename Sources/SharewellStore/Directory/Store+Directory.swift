import FluentKit
import FluentSQL
import Foundation
import SQLKit
import SharewellCore

/// What a directory search asks for: words in the name or code, and optionally one kind.
public struct DirectorySearch: Sendable, Equatable {
    public var text: String
    public var kind: OrganisationKind?
    public init(text: String = "", kind: OrganisationKind? = nil) { self.text = text; self.kind = kind }
}

extension Store {
    /// Organisations whose name or code contains the search text (any case), of the chosen kind,
    /// by name. The directory is not personal data: every signed-in user may read all of it.
    public func directory(_ search: DirectorySearch = .init()) async throws -> [DirectoryEntry] {
        let query = OrganisationModel.query(on: db).with(\.$safeguardingContacts).sort(\.$name).sort(\.$code)
        if let kind = search.kind { query.filter(\.$kind == kind.rawValue) }
        let text = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        if !text.isEmpty {
            // Escape LIKE's wildcards so a search for "50%" means the characters, not a pattern.
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            query.filter(.sql(embed: "\(ident: "search_text") LIKE \(bind: "%\(escaped)%") ESCAPE '\\'"))
        }
        return try await query.all().map { try $0.entry() }
    }

    /// The organisation with this national code, or `nil`.
    public func organisation(code: String) async throws -> DirectoryEntry? {
        try await OrganisationModel.query(on: db).with(\.$safeguardingContacts)
            .filter(\.$code == code.uppercased()).first()?.entry()
    }

    public func organisationCount() async throws -> Int {
        try await OrganisationModel.query(on: db).count()
    }

    /// Adds organisations with their leads, all or none.
    public func addOrganisations(_ entries: [DirectoryEntry]) async throws {
        try await db.transaction { tx in _ = try await Self.insert(entries, on: tx) }
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
