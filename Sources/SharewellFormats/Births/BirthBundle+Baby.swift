import SharewellCore

extension BirthBundle.Reader {
    /// The birth a baby's resources describe, or `nil` with every problem noted.
    mutating func notice(_ baby: Baby) -> BirthNotice? {
        let patient = baby.patient
        let born = date(patient["birthDate"], at: "\(patient.path).birthDate", naming: "the baby's date of birth", within: dates.born)
        let nhsNumber = nhsNumber(patient)
        let birthID = birthID(patient, nhsNumber)
        let consent = consent(baby.consent)
        guard let parent = baby.parent else {
            add(.required, patient.path, "No RelatedPerson names this Patient as its baby (RelatedPerson.patient); a parent's own Patient links to the parent's RelatedPerson (Patient.link.other).")
            return nil
        }
        let person = baby.parentPatient ?? parent
        let name = Self.name(person["name"]) ?? Self.name(parent["name"]) ?? (given: "", family: "")
        let place = address(of: person, else: patient)
        guard let born, let birthID, let place, let consent else { return nil }
        return BirthNotice(line: patient.index + 1, birthID: birthID, babyDateOfBirth: born,
                           parentGivenName: name.given, parentFamilyName: name.family, address: place.address, postcode: place.postcode,
                           consent: consent.given, doNotContact: baby.flagged || Self.deceased(patient),
                           nhsNumber: nhsNumber, consentMethod: consent.method, consentDate: consent.date)
    }

    /// A full FHIR `date` (or the date of a `dateTime`) inside `window`; `nil` with the problem noted.
    mutating func date(_ value: FHIRJSON?, at path: String, naming what: String, within window: DateWindow, required: Bool = true) -> CalendarDate? {
        let subject = what.prefix(1).uppercased() + what.dropFirst()
        guard let value else {
            if required { add(.required, path, "\(subject) is required (YYYY-MM-DD).") }
            return nil
        }
        let text = value.string ?? ""
        let day = text.count == 10 || text.dropFirst(10).first == "T" ? text.prefix(10) : ""
        guard let date = CalendarDate(iso: day) else {
            add(.value, path, "\(subject) ‘\(text)’ is not a full date written YYYY-MM-DD.")
            return nil
        }
        if let refusal = BirthDates.refusal(date, as: text, naming: what, within: window) {
            add(.value, path, refusal)
            return nil
        }
        return date
    }

    private mutating func nhsNumber(_ patient: BirthBundle.Entry) -> NHSNumber? {
        let identifiers = (patient["identifier"]?.items ?? []).enumerated()
        guard let (k, identifier) = identifiers.first(where: { $0.element["system"]?.string == BirthBundle.nhsNumberSystem }) else { return nil }
        let path = "\(patient.path).identifier[\(k)].value"
        do throws(CoreError) {
            return try NHSNumber(identifier["value"]?.string ?? "")
        } catch {
            add(.value, path, error.message)
            return nil
        }
    }

    /// The sender's own birth record number, else the NHS number, else the Patient's id.
    private mutating func birthID(_ patient: BirthBundle.Entry, _ nhsNumber: NHSNumber?) -> String? {
        let own = (patient["identifier"]?.items ?? []).first { $0["system"]?.string != BirthBundle.nhsNumberSystem }
        if let value = own?["value"]?.string, !value.isEmpty { return value }
        if let nhsNumber { return nhsNumber.digits }
        if let id = patient["id"]?.string, !id.isEmpty { return id }
        add(.required, "\(patient.path).identifier", "Give the baby an identifier (the birth record number or NHS number) or an id.")
        return nil
    }

    /// The `official` HumanName, else the first: given names joined by a space, and family.
    static func name(_ names: FHIRJSON?) -> (given: String, family: String)? {
        let all = names?.items ?? []
        guard let name = all.first(where: { $0["use"]?.string == "official" }) ?? all.first else { return nil }
        let given = (name["given"]?.items ?? []).compactMap(\.string).joined(separator: " ")
        return (given, name["family"]?.string ?? "")
    }

    private static func deceased(_ patient: BirthBundle.Entry) -> Bool {
        patient["deceasedBoolean"]?.bool == true || patient["deceasedDateTime"]?.string != nil
    }
}
