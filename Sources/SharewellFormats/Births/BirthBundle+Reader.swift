import SharewellCore

extension BirthBundle {
    /// One resource in the bundle, with its place (FHIRPath indices count from 0).
    struct Entry {
        let index: Int
        let resource: FHIRJSON
        let type: String
        var path: String { "Bundle.entry[\(index)].resource" }
        subscript(key: String) -> FHIRJSON? { resource[key] }
    }

    /// Reads a bundle's entries, collecting every problem as it goes.
    struct Reader {
        static let resourceTypes: Set = ["Patient", "RelatedPerson", "Consent", "Flag"]
        /// The plausible days for the dates read.
        let dates: BirthDates
        private(set) var entries: [Entry] = []
        private var byReference: [String: Int] = [:]
        private var issues: [OperationOutcome.Issue] = []
        private var unlisted = 0

        init(entries raw: [FHIRJSON], dates: BirthDates) {
            self.dates = dates
            for (index, item) in raw.enumerated() { take(item, at: index) }
        }

        private mutating func take(_ item: FHIRJSON, at index: Int) {
            let path = "Bundle.entry[\(index)]"
            guard let resource = item["resource"], resource.isObject else {
                return add(.required, "\(path).resource", "Each entry carries a resource.")
            }
            guard let type = resource["resourceType"]?.string else {
                return add(.required, "\(path).resource.resourceType", "The resource has no resourceType.")
            }
            guard Self.resourceTypes.contains(type) else {
                return add(.value, "\(path).resource.resourceType", "A birth notification carries Patient, RelatedPerson, Consent and Flag resources, not ‘\(type)’.")
            }
            let entry = Entry(index: index, resource: resource, type: type)
            var names: [(name: String, path: String)] = []
            if let fullUrl = item["fullUrl"]?.string { names.append((fullUrl, "\(path).fullUrl")) }
            if let id = resource["id"]?.string { names.append(("\(type)/\(id)", "\(path).resource.id")) }
            for (name, namePath) in names {
                if let earlier = byReference[name] {
                    add(.duplicate, namePath, "‘\(name)’ already names entry \(entries[earlier].index); each entry is named once.")
                } else {
                    byReference[name] = entries.count
                }
            }
            entries.append(entry)
        }

        mutating func add(_ code: OperationOutcome.IssueType, _ path: String, _ message: String) {
            if issues.count < BirthBundle.maximumIssues { issues.append(.init(code, path, message)) } else { unlisted += 1 }
        }

        /// Every problem found, `nil` when there are none.
        var invalid: Invalid? {
            guard !issues.isEmpty else { return nil }
            let more = unlisted == 0 ? [] : [OperationOutcome.Issue(.tooCostly, "Bundle", "\(unlisted) more problems were found and are not listed.")]
            return Invalid(issues: issues + more)
        }

        /// The entry a Reference names (`fullUrl` or `Type/id`), or `nil` with the problem noted.
        mutating func resolve(_ reference: FHIRJSON?, at path: String, naming what: String) -> Entry? {
            guard let reference else {
                add(.required, path, "Name \(what).")
                return nil
            }
            guard let text = reference["reference"]?.string else {
                add(.required, "\(path).reference", "Name \(what) by its entry's fullUrl or Type/id.")
                return nil
            }
            guard let position = byReference[text] else {
                add(.value, "\(path).reference", "‘\(text)’ is not the fullUrl or Type/id of an entry in this bundle.")
                return nil
            }
            return entries[position]
        }

        func entries(of type: String) -> [Entry] { entries.filter { $0.type == type } }
    }
}
