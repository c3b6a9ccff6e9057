import ArgumentParser
import Foundation
import SharewellCore
import Stratify

extension Sharewell {
    /// Risk stratification of council and health indicators (seed 002), for choosing which
    /// families a panel discusses.
    struct StratifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stratify",
            abstract: "Rank people or households by distinct indicator codes, or sweep the threshold.",
            discussion: """
                Reads CSV person_id,household_id,code,category,date (category health or non-health). Codes count once each
                if dated after the as-of date less --months and up to the as-of date; a person or household qualifies with at
                least --min-flags codes including one health and one non-health code. Prints id,flags,health_flags,non_health_flags
                by flags descending then id, or with --sweep min_flags,persons,households for N = 1 to 8.
                """)

        @Option(help: "The indicators file.") var indicators: String
        @Option(name: .customLong("as-of"), help: "The as-of date, YYYY-MM-DD.") var asOf: String
        @Option(help: "The window in calendar months.") var months = 6
        @Option(name: .customLong("min-flags"), help: "The least number of distinct codes to qualify.") var minFlags = 1
        @Option(help: "person or household.") var level: Stratification.Level = .person
        @Flag(help: "Print how many people and households qualify for each threshold from 1 to 8 instead.") var sweep = false

        func validate() throws {
            guard CalendarDate(iso: asOf) != nil else { throw ValidationError("--as-of ‘\(asOf)’ is not a date written YYYY-MM-DD.") }
            guard (1...120).contains(months) else { throw ValidationError("--months must be between 1 and 120.") }
            guard minFlags >= 1 else { throw ValidationError("--min-flags must be 1 or more.") }
        }

        func run() throws {
            let window = IndicatorProfile.window(asOf: CalendarDate(iso: asOf)!, months: months)
            let profile: IndicatorProfile
            do {
                profile = try IndicatorProfile(file: indicators, window: window, levels: sweep ? Set(Stratification.Level.allCases) : [level])
            } catch let problem as IndicatorProfile.Problem {
                throw ValidationError("\(indicators) was not read: \(problem)")
            } catch {
                throw ValidationError("Cannot read the indicators file \(indicators): \(error)")
            }
            let stratification = Stratification(profile)
            var out = ""
            if sweep {
                out = "min_flags,persons,households\n"
                for row in stratification.sweep() { out += "\(row.minFlags),\(row.persons),\(row.households)\n" }
            } else {
                let ranked = stratification.ranked(level, minFlags: minFlags)
                out.reserveCapacity(ranked.count * 24)
                out = "id,flags,health_flags,non_health_flags\n"
                for r in ranked { out += "\(r.id),\(r.flags),\(r.healthFlags),\(r.nonHealthFlags)\n" }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

extension Stratification.Level: ExpressibleByArgument {}
