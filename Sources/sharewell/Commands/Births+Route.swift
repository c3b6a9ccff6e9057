import ArgumentParser
import Foundation
import SharewellCore
import SharewellFormats

extension Sharewell {
    struct Births: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Live births to children's centres (seed 003).", subcommands: [Route.self])
    }
}

extension Sharewell.Births {
    /// Which centre each birth goes to, and the totals each centre gauges its reach by.
    struct Route: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Route births to children's centres by postcode sector.",
            discussion: """
                Reads --births (CSV birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact)
                and --centres (CSV code,name,catchment, the catchment being postcode sectors separated by ;). Prints
                centre,births,consented,to_contact for every centre by code, then unassigned (births in no catchment); with --list,
                centre,birth_id for every birth to contact (consented, no do-not-contact marker). Any problem prints nothing on standard
                output and every problem on standard error as FILE:LINE: FIELD: message, and exits 1.
                """)

        @Option(help: "The births file (CSV).") var births: String
        @Option(help: "The children's centres file (CSV: code,name,catchment).") var centres: String
        @Flag(help: "List the births to contact, by centre, instead of the totals.") var list = false

        func run() throws {
            var problems: [String] = []
            let notices = read(births, &problems) { try BirthsCSV.read($0, limit: .max) }
            let catchments = read(centres, &problems) { try CentresCSV.read($0, limit: .max) }
            guard problems.isEmpty, let notices, let catchments else {
                FileHandle.standardError.write(Data(problems.map { $0 + "\n" }.joined().utf8))
                throw ExitCode(1)
            }
            let routed = notices.map { BirthRouting.Birth(id: $0.birthID, sector: $0.sector, consent: $0.consent, doNotContact: $0.doNotContact) }
            let areas = catchments.map { BirthRouting.Centre(code: $0.code, sectors: Set($0.sectors.map(\.value))) }
            var out: String
            if list {
                out = "centre,birth_id\n"
                for row in BirthRouting.toContact(routed, areas) { out += "\(csv(row.centre)),\(csv(row.birth))\n" }
            } else {
                out = "centre,births,consented,to_contact\n"
                for row in BirthRouting.totals(routed, areas) { out += "\(csv(row.centre)),\(row.births),\(row.consented),\(row.toContact)\n" }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        /// The file's records, or `nil` with its problems added as `FILE:LINE: FIELD: message`.
        private func read<T>(_ path: String, _ problems: inout [String], _ parse: (UnsafeBufferPointer<UInt8>) throws -> T) -> T? {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                problems.append("\(path):0: file: cannot be read: \(error.localizedDescription)")
                return nil
            }
            do {
                return try data.withUnsafeBytes { try parse($0.bindMemory(to: UInt8.self)) }
            } catch let error as FormatError {
                problems += error.problems.map { "\(path):\($0.line): \($0.field): \($0.message)" }
            } catch {
                problems.append("\(path):0: file: \(error)")
            }
            return nil
        }

        /// A code or id as written, quoted as RFC 4180 asks only when it holds a comma, quote or line break.
        private func csv(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
