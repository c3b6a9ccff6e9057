import Foundation
import Plot
import SharewellCore
import SharewellStore

/// The organisation's own person records (GP registrations, a school roll, the council index).
enum RecordsListPage {
    struct Model: Equatable {
        var search: String
        var page: PersonRecordPage
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let pages = max(1, (model.page.total + PersonRecordPage.pageSize - 1) / PersonRecordPage.pageSize)
        return Layout.document(title: "Records", context: context, main: .group(
            .h1(.class("heading-l"), .text("Records")),
            .p(.text("Your organisation's records. Every time you open one, it is recorded with your name and role.")),
            .form(.method(.get), .action("/records"), .attribute(named: "role", value: "search"), .class("search-form"),
                FormField(id: "q", label: "Name or local id", value: model.search).node,
                .button(.type(.submit), .class("button"), .text("Search"))),
            .if(model.page.records.isEmpty, .p(.text("No records match.")), else:
                .table(.class("table"), .id("records"),
                    .caption(.class("table-caption"), .text("\(counted(model.page.total, "record")), page \(model.page.page) of \(pages)")),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Name")), .th(.attribute(named: "scope", value: "col"), .text("Date of birth")),
                               .th(.attribute(named: "scope", value: "col"), .text("Local id")), .th(.attribute(named: "scope", value: "col"), .text("Postcode")))),
                    .tbody(.forEach(model.page.records) { record in
                        .tr(.td(.a(.href("/records/\(record.id.uuidString.lowercased())"), .text("\(record.familyName), \(record.givenName)"))),
                            .td(.text(record.dateOfBirth)), .td(.text(record.localID)), .td(.text(record.postcode)))
                    }))),
            pagination(model, pages: pages)
        ))
    }

    private static func pagination(_ model: Model, pages: Int) -> Node<HTML.BodyContext> {
        let query = model.search.isEmpty ? "" : "&q=\(model.search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        return .nav(.ariaLabel("Pages of records"), .class("pagination"),
            .if(model.page.page > 1, .a(.href("/records?page=\(model.page.page - 1)\(query)"), .text("Previous page"))),
            .if(model.page.page < pages, .a(.href("/records?page=\(model.page.page + 1)\(query)"), .text("Next page"))))
    }
}

/// One person record, viewed (and so recorded in the audit log).
enum RecordPage {
    struct Model: Equatable {
        var record: PersonRecordView; var canReadAccessLog: Bool
        /// The registered GP practice's name, from the directory (`nil` when its code is not listed).
        var practiceName: String? = nil
    }

    static func view(_ model: Model, context: PageContext) -> HTML {
        let r = model.record
        return Layout.document(title: "\(r.givenName) \(r.familyName)", context: context, main: .group(
            .span(.class("caption"), .text(r.source.displayName)),
            .h1(.class("heading-l"), .text("\(r.givenName) \(r.familyName)")),
            .dl(.class("summary-list"), .forEach([
                ("Date of birth", r.dateOfBirth), ("Sex", r.sex == "F" ? "Female" : "Male"), ("NHS number", r.nhsNumber.map(formatNHS) ?? "Not known"),
                ("Local id", r.localID), ("Address", "\(r.addressLine), \(r.postcode)"),
            ]) { row in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text(row.0)), .dd(.class("summary-value"), .text(row.1)))
            },
            .unwrap(r.registeredPracticeCode) { code in
                .div(.class("summary-row"), .dt(.class("summary-key"), .text("Registered GP practice")),
                     .dd(.class("summary-value"), .id("registered-practice"), .a(.href("/directory/\(code)"), .text(model.practiceName.map { "\($0) (\(code))" } ?? code))))
            }),
            .if(model.canReadAccessLog, .p(.a(.id("access-log-link"), .href("/records/\(r.id.uuidString.lowercased())/access"), .text("Who has seen this record")))),
            .if(context.may(.recordConsent), .p(.a(.id("consent-link"), .href("/records/\(r.id.uuidString.lowercased())/consent"), .text("Consent and opt-outs")))),
            .if(context.may(.decideSharing), .p(.a(.id("can-i-share-link"), .href("/can-i-share?record=\(r.id.uuidString.lowercased())"), .text("Can I share this?")))),
            .p(.a(.href("/records"), .text("Back to records")))
        ))
    }

    private static func formatNHS(_ digits: String) -> String {
        let d = Array(digits)
        return d.count == 10 ? "\(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<10]))" : digits
    }
}

/// "Who has seen this person's record": the question a parent is entitled to ask, answered in
/// words: local time, people and organisations by name, what was done and why (issue 16, item 6).
enum AccessLogPage {
    typealias Model = RecordAccessLog

    static let columns = ["When", "Who", "Organisation", "What", "Why"]

    static func view(_ model: Model, context: PageContext) -> HTML {
        let id = model.recordID.uuidString.lowercased()
        return Layout.document(title: "Who has seen this record", context: context, main: .group(
            .span(.class("caption"), .id("whose"), .text(model.whose)),
            .h1(.class("heading-l"), .text("Who has seen this record")),
            .p(.text("Times are UK time. Another organisation's use of what was shared with it is shown as that organisation, under the agreement.")),
            .p(.a(.href("/records/\(id)/access.csv"), .text("Download as CSV"))),
            .table(.class("table"), .id("access-log"),
                .caption(.class("table-caption"), .text("\(counted(model.lines.count, "entry", "entries")), newest first")),
                .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(model.lines) { line in
                    .tr(.td(.class("nowrap"), .text(AgreementPage.time(line.at))), .td(.text(line.who)), .td(.text(line.organisation)),
                        .td(.text(line.what)), .td(.text(line.why)))
                })),
            .if(context.may(.viewIdentifiableRecords), .p(.a(.href("/records/\(id)"), .text("Back to the record"))),
                else: .p(.a(.href("/access-log"), .text("Look up another record"))))
        ))
    }

    /// The same rows as CSV (RFC 4180 quoting; a leading = + - @ is neutralised against spreadsheet formulas).
    static func csv(_ model: Model) -> String {
        var lines = ["when (UK time),who,organisation,what,why"]
        for l in model.lines { lines.append([AgreementPage.time(l.at), l.who, l.organisation, l.what, l.why].map(csvField).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        return v.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }
}
