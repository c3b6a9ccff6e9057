import SharewellCore

extension BirthBundle.Reader {
    static let consentStatuses: Set = ["draft", "proposed", "active", "rejected", "inactive", "entered-in-error"]

    /// Whether, how and when consent was given; no Consent is no consent. `nil` with the problem noted.
    mutating func consent(_ entry: BirthBundle.Entry?) -> (given: Bool, method: String?, date: CalendarDate?)? {
        guard let entry else { return (false, nil, nil) }
        guard let status = entry["status"]?.string, Self.consentStatuses.contains(status) else {
            add(entry["status"] == nil ? .required : .value, "\(entry.path).status",
                "A Consent's status is one of active, inactive, rejected, draft, proposed or entered-in-error.")
            return nil
        }
        let provision = entry["provision"]?["type"]?.string
        if let provision, provision != "permit", provision != "deny" {
            add(.value, "\(entry.path).provision.type", "A Consent's provision type is permit or deny, not ‘\(provision)’.")
            return nil
        }
        let date = date(entry["dateTime"], at: "\(entry.path).dateTime", naming: "the date consent was recorded", within: dates.consent, required: false)
        if entry["dateTime"] != nil, date == nil { return nil }
        let method = entry["sourceReference"]?["display"]?.string ?? entry["sourceAttachment"]?["title"]?.string
        return (status == "active" && provision != "deny", method, date)
    }

    /// The parent's `home` address (else the first), else the baby's, with its postcode read as
    /// the births CSV reads it; `nil` with the problem noted.
    mutating func address(of person: BirthBundle.Entry, else baby: BirthBundle.Entry) -> (address: String, postcode: Postcode)? {
        guard let source = [person, baby].first(where: { !($0["address"]?.items ?? []).isEmpty }), let all = source["address"]?.items else {
            add(.required, "\(person.path).address", "Give the parent's address with its postcode.")
            return nil
        }
        let k = all.firstIndex { $0["use"]?.string == "home" } ?? 0
        let path = "\(source.path).address[\(k)]"
        let lines = (all[k]["line"]?.items ?? []) + [all[k]["city"], all[k]["district"]].compactMap { $0 }
        let text = all[k]["text"]?.string ?? lines.compactMap(\.string).filter { !$0.isEmpty }.joined(separator: ", ")
        guard let written = all[k]["postalCode"]?.string else {
            add(.required, "\(path).postalCode", "Give the address's postcode.")
            return nil
        }
        guard let postcode = BirthsCSV.postcode(written) else {
            add(.value, "\(path).postalCode", "‘\(written)’ is not a UK postcode.")
            return nil
        }
        return (text, postcode)
    }
}
