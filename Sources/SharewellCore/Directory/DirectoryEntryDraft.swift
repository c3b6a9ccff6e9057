/// A directory entry as typed into the form: every field text, checked all at once.
public struct DirectoryEntryDraft: Sendable, Equatable {
    public var code = "", kind = "", name = "", addressLine = "", town = "", postcode = ""
    public var secureMailbox = "", directPhone = ""
    /// Postcode sectors separated by commas (children's centres only).
    public var catchment = ""
    public var leadName = "", leadJobTitle = "", leadEmail = "", leadPhone = ""
    public var deputyName = "", deputyJobTitle = "", deputyEmail = "", deputyPhone = ""

    public init() {}

    public init(_ entry: DirectoryEntry) {
        code = entry.code; kind = entry.kind.rawValue; name = entry.name; addressLine = entry.addressLine; town = entry.town
        postcode = entry.postcode.value; secureMailbox = entry.secureMailbox; directPhone = entry.directPhone
        catchment = entry.catchment.map(\.value).joined(separator: ", ")
        leadName = entry.safeguardingLead.name; leadJobTitle = entry.safeguardingLead.jobTitle
        leadEmail = entry.safeguardingLead.secureEmail; leadPhone = entry.safeguardingLead.directPhone
        if let deputy = entry.deputySafeguardingLead {
            deputyName = deputy.name; deputyJobTitle = deputy.jobTitle; deputyEmail = deputy.secureEmail; deputyPhone = deputy.directPhone
        }
    }

    /// The entry, or every problem, each naming its field.
    public func entry() throws(InvalidFields) -> DirectoryEntry {
        var problems: [FieldProblem] = []
        func require(_ value: String, _ field: String, _ message: String) -> String {
            let text = value.trimmed
            if text.isEmpty { problems.append(.init(field: field, message: message)) }
            return text
        }
        func email(_ value: String, _ field: String, _ whose: String) -> String {
            let text = require(value, field, "Enter \(whose) secure email address")
            if !text.isEmpty, !Self.looksLikeEmail(text) { problems.append(.init(field: field, message: "Enter \(whose) secure email address like name@example.nhs.uk")) }
            return text
        }
        func phone(_ value: String, _ field: String, _ whose: String) -> String {
            let text = require(value, field, "Enter \(whose) direct phone number")
            let digits = text.filter(\.isASCIIDigit).count
            if !text.isEmpty, !(10...13).contains(digits) || !text.allSatisfy({ $0.isASCIIDigit || " +()-".contains($0) }) {
                problems.append(.init(field: field, message: "Enter \(whose) direct phone number like 0161 496 0000"))
            }
            return text
        }
        let kind = OrganisationKind(rawValue: kind)
        if kind == nil { problems.append(.init(field: "kind", message: "Choose the kind of organisation")) }
        var code = require(self.code, "code", "Enter the organisation's national code")
        if let kind, !code.isEmpty {
            do { code = try kind.canonicalCode(code) } catch let error { problems.append(.init(field: "code", message: error.message)) }
        }
        let name = require(self.name, "name", "Enter the organisation's name")
        let addressLine = require(self.addressLine, "addressLine", "Enter the first line of the address")
        let town = require(self.town, "town", "Enter the town")
        var postcode: Postcode?
        do { postcode = try Postcode(self.postcode) } catch { problems.append(.init(field: "postcode", message: error.message)) }
        let mailbox = email(secureMailbox, "secureMailbox", "the organisation's")
        let line = phone(directPhone, "directPhone", "the organisation's")
        var sectors: [PostcodeSector] = []
        for part in catchment.split(separator: ",").map({ String($0).trimmed }).filter({ !$0.isEmpty }) {
            do { sectors.append(try PostcodeSector(part)) } catch { problems.append(.init(field: "catchment", message: "‘\(part)’ is not a postcode sector like AW1 2")) }
        }
        if !sectors.isEmpty, kind.map({ !$0.hasCatchment }) == true { problems.append(.init(field: "catchment", message: "Only children's centres have a catchment")) }
        let lead = SafeguardingLead(name: require(leadName, "leadName", "Enter the safeguarding lead's name"),
                                    jobTitle: require(leadJobTitle, "leadJobTitle", "Enter the safeguarding lead's job title"),
                                    secureEmail: email(leadEmail, "leadEmail", "the safeguarding lead's"),
                                    directPhone: phone(leadPhone, "leadPhone", "the safeguarding lead's"))
        var deputy: SafeguardingLead?
        if ![deputyName, deputyJobTitle, deputyEmail, deputyPhone].allSatisfy({ $0.trimmed.isEmpty }) {
            deputy = SafeguardingLead(name: require(deputyName, "deputyName", "Enter the deputy's name"),
                                      jobTitle: require(deputyJobTitle, "deputyJobTitle", "Enter the deputy's job title"),
                                      secureEmail: email(deputyEmail, "deputyEmail", "the deputy's"),
                                      directPhone: phone(deputyPhone, "deputyPhone", "the deputy's"))
        }
        guard problems.isEmpty, let kind, let postcode else { throw InvalidFields(problems: problems) }
        return DirectoryEntry(code: code, kind: kind, name: name, addressLine: addressLine, town: town, postcode: postcode,
                                       secureMailbox: mailbox, directPhone: line, catchment: sectors.sorted(), safeguardingLead: lead,
                                       deputySafeguardingLead: deputy)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: \.isWhitespace)
    }
}
