import FluentKit
import Foundation
import SharewellCore

extension OrganisationModel {
    convenience init(_ entry: DirectoryEntry, id: UUID = UUID()) {
        self.init()
        self.id = id
        update(from: entry)
    }

    func update(from entry: DirectoryEntry) {
        code = entry.code
        kind = entry.kind.rawValue
        name = entry.name
        addressLine = entry.addressLine
        town = entry.town
        postcode = entry.postcode.value
        secureMailbox = entry.secureMailbox
        directPhone = entry.directPhone
        catchment = entry.catchment.map(\.value).joined(separator: ",")
        searchText = "\(entry.name) \(entry.code)".lowercased()
    }

    /// The entry with its leads; the contacts must have been eager-loaded.
    func entry() throws -> DirectoryEntry {
        // Stored values were validated on the way in; a failure here means the table was edited by hand.
        guard let kind = OrganisationKind(rawValue: kind), let postcode = try? Postcode(postcode) else {
            throw StoreCorruption(table: Self.schema, id: id)
        }
        let contacts = $safeguardingContacts.value ?? []
        let lead = contacts.first { $0.role == SafeguardingContactModel.lead }?.lead
        return DirectoryEntry(
            code: code, kind: kind, name: name, addressLine: addressLine, town: town, postcode: postcode,
            secureMailbox: secureMailbox, directPhone: directPhone,
            catchment: catchment.split(separator: ",").compactMap { try? PostcodeSector(String($0)) },
            safeguardingLead: lead ?? SafeguardingLead(name: "", jobTitle: "", secureEmail: "", directPhone: ""),
            deputySafeguardingLead: contacts.first { $0.role == SafeguardingContactModel.deputy }?.lead)
    }
}

extension SafeguardingContactModel {
    convenience init(_ lead: SafeguardingLead, role: String, organisationID: UUID) {
        self.init()
        self.$organisation.id = organisationID
        self.role = role
        name = lead.name
        jobTitle = lead.jobTitle
        secureEmail = lead.secureEmail
        directPhone = lead.directPhone
    }

    var lead: SafeguardingLead { SafeguardingLead(name: name, jobTitle: jobTitle, secureEmail: secureEmail, directPhone: directPhone) }
}

/// A stored row no longer holds what the store wrote: an internal fault, never the user's.
public struct StoreCorruption: Error, CustomStringConvertible {
    public let table: String
    public let id: UUID?
    public var description: String { "Row \(id?.uuidString ?? "?") of \(table) does not hold a valid value." }
}
