import SharewellCore

extension DirectoryEntry {
    static func sample(code: String = "P81009", kind: OrganisationKind = .gpPractice, name: String = "Sample Surgery", catchment: [String] = []) -> DirectoryEntry {
        DirectoryEntry(
            code: code, kind: kind, name: name, addressLine: "1 High Street", town: "Ashworth", postcode: try! Postcode("AW1 1AB"),
            secureMailbox: "\(code.lowercased())@nhs.example", directPhone: "0161 496 0001", catchment: catchment.map { try! PostcodeSector($0) },
            safeguardingLead: SafeguardingLead(name: "Lead of \(name)", jobTitle: "Safeguarding lead", secureEmail: "lead.\(code.lowercased())@nhs.example", directPhone: "0161 496 0002"),
            deputySafeguardingLead: kind == .school ? nil : SafeguardingLead(name: "Deputy", jobTitle: "Deputy lead", secureEmail: "deputy@nhs.example", directPhone: "0161 496 0003"))
    }
}
