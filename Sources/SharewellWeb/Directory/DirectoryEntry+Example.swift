import SharewellCore

extension DirectoryEntry {
    /// Fixed entries for page snapshots: changing them changes the snapshots, nothing else.
    static let example = DirectoryEntry(
        code: "P81001", kind: .gpPractice, name: "Mill Lane Surgery", addressLine: "12 Mill Lane", town: "Ashworth",
        postcode: try! Postcode("AW1 2AB"), secureMailbox: "p81001.safeguarding@nhs.example", directPhone: "0161 496 0101",
        safeguardingLead: SafeguardingLead(name: "Dr Amina Khan", jobTitle: "Safeguarding lead GP", secureEmail: "amina.khan@nhs.example", directPhone: "0161 496 0102"),
        deputySafeguardingLead: SafeguardingLead(name: "Sarah Jones", jobTitle: "Deputy safeguarding lead (practice nurse)", secureEmail: "sarah.jones@nhs.example", directPhone: "0161 496 0103"))

    static let exampleSchool = DirectoryEntry(
        code: "200101", kind: .school, name: "Ashworth Church Primary School", addressLine: "3 Church Road", town: "Ashworth",
        postcode: try! Postcode("AW2 3DE"), secureMailbox: "200101.safeguarding@ashworth.example", directPhone: "0161 496 0201",
        safeguardingLead: SafeguardingLead(name: "Tom Wright", jobTitle: "Designated safeguarding lead", secureEmail: "tom.wright@ashworth.example", directPhone: "0161 496 0202"))
}
