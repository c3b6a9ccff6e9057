import SharewellCore

extension BirthBundle.Reader {
    /// v3 RoleCode parents: mother, father, parent, natural and gestational ones.
    static let parentCodes: Set = ["MTH", "FTH", "PRN", "NMTH", "NFTH", "NPRN", "GESTM", "BMTH", "BFTH"]

    /// What the bundle says about one baby, gathered from the resources that point at it.
    struct Baby {
        let patient: BirthBundle.Entry
        var parent: BirthBundle.Entry?
        /// The parent's own Patient, when one links to the RelatedPerson.
        var parentPatient: BirthBundle.Entry?
        var consent: BirthBundle.Entry?
        var flagged = false
    }

    mutating func births() -> [BirthNotice] {
        let parentPatients = linkedParents()
        let parents = Set(parentPatients.values.map(\.index))
        var babies: [Int: Baby] = [:]
        for patient in entries(of: "Patient") where !parents.contains(patient.index) {
            babies[patient.index] = Baby(patient: patient)
        }
        if babies.isEmpty { add(.required, "Bundle.entry", "The bundle has no baby's Patient (a Patient that is not linked to a RelatedPerson).") }
        for related in entries(of: "RelatedPerson") { readParent(related, parentPatients, &babies) }
        for consent in entries(of: "Consent") { readConsent(consent, &babies) }
        for flag in entries(of: "Flag") { readFlag(flag, &babies) }
        var births: [BirthNotice] = [], seen: [String: Int] = [:]
        for baby in babies.values.sorted(by: { $0.patient.index < $1.patient.index }) {
            guard let birth = notice(baby) else { continue }
            if let earlier = seen[birth.birthID] {
                add(.duplicate, baby.patient.path, "The birth id ‘\(birth.birthID)’ is also the baby in entry \(earlier).")
            }
            seen[birth.birthID] = seen[birth.birthID] ?? baby.patient.index
            births.append(birth)
        }
        return births
    }

    /// Each RelatedPerson's own Patient: the Patient whose `link.other` names it.
    private mutating func linkedParents() -> [Int: BirthBundle.Entry] {
        var parents: [Int: BirthBundle.Entry] = [:]
        for patient in entries(of: "Patient") {
            for (k, link) in (patient["link"]?.items ?? []).enumerated() {
                let path = "\(patient.path).link[\(k)].other"
                guard let other = resolve(link["other"], at: path, naming: "the RelatedPerson this Patient is") else { continue }
                guard other.type == "RelatedPerson" else {
                    add(.value, "\(path).reference", "A parent's Patient links to the parent's RelatedPerson, not to a \(other.type).")
                    continue
                }
                parents[other.index] = patient
            }
        }
        return parents
    }

    private mutating func readParent(_ related: BirthBundle.Entry, _ parentPatients: [Int: BirthBundle.Entry], _ babies: inout [Int: Baby]) {
        let codes = (related["relationship"]?.items ?? []).flatMap { ($0["coding"]?.items ?? []).compactMap { $0["code"]?.string } }
        if !codes.contains(where: Self.parentCodes.contains) {
            add(codes.isEmpty ? .required : .value, "\(related.path).relationship", "Say how this person is related to the baby: a parent code such as MTH (mother).")
        }
        guard let baby = babyNamed(related["patient"], at: "\(related.path).patient", in: babies) else { return }
        if babies[baby]?.parent == nil {
            babies[baby]?.parent = related
            babies[baby]?.parentPatient = parentPatients[related.index]
        }
    }

    private mutating func readConsent(_ consent: BirthBundle.Entry, _ babies: inout [Int: Baby]) {
        guard let baby = babyNamed(consent["patient"], at: "\(consent.path).patient", in: babies) else { return }
        if let earlier = babies[baby]?.consent {
            return add(.duplicate, "\(consent.path).patient", "The baby already has a Consent (entry \(earlier.index)); send one per baby.")
        }
        babies[baby]?.consent = consent
    }

    private mutating func readFlag(_ flag: BirthBundle.Entry, _ babies: inout [Int: Baby]) {
        let status = flag["status"]?.string
        if !["active", "inactive", "entered-in-error"].contains(status) {
            add(status == nil ? .required : .value, "\(flag.path).status", "A Flag's status is active, inactive or entered-in-error.")
        }
        guard let baby = babyNamed(flag["subject"], at: "\(flag.path).subject", in: babies) else { return }
        if status == "active" { babies[baby]?.flagged = true }
    }

    /// The baby a reference names, or `nil` with the problem noted.
    private mutating func babyNamed(_ reference: FHIRJSON?, at path: String, in babies: [Int: Baby]) -> Int? {
        guard let entry = resolve(reference, at: path, naming: "the baby's Patient") else { return nil }
        guard babies[entry.index] != nil else {
            add(.value, "\(path).reference", "This names entry \(entry.index), which is not a baby's Patient.")
            return nil
        }
        return entry.index
    }
}
