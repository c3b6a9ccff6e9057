import ArgumentParser
import Foundation
import Linkage
import SharewellFormats

extension Sharewell {
    /// Probabilistic record linkage of two files, or de-duplication of one (issue 7).
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Link two files of people, or find the duplicates in one.",
            discussion: """
                Input CSV: \(PeopleCSV.header) (dates YYYY-MM-DD; any field but id may be empty).
                With --left and --right prints left_id,right_id,match_probability, one row per link (one to one).
                With --dedupe prints id,cluster_id, a cluster named by its first record's id.
                Without --threshold, links are pairs with a match probability of at least \(MatchModel.defaultThreshold).
                """)

        @Option(help: "The left file.") var left: String?
        @Option(help: "The right file.") var right: String?
        @Option(help: "One file to de-duplicate.") var dedupe: String?
        @Option(help: "Where to write the result (CSV).") var out: String
        @Option(help: "The match probability a link needs (0 to 1).") var threshold: Double = MatchModel.defaultThreshold
        @Option(help: "Two-file linkage: also write the pairs for clerical review (probability from 0.2 up to the threshold), each explained.") var review: String?
        @Option(help: "Two-file linkage: a file of true pairs (left_id,right_id); the blocking recall is reported.") var truth: String?

        func validate() throws {
            guard (dedupe == nil) != (left == nil && right == nil), (left == nil) == (right == nil) else {
                throw ValidationError("Give either --left and --right, or --dedupe.")
            }
            guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be from 0 to 1.") }
        }

        func run() async throws {
            let started = Date()
            func progress(_ text: String) { FileHandle.standardError.write(Data("[\(String(format: "%.1f", Date().timeIntervalSince(started))) s] \(text)\n".utf8)) }
            var csv: String
            if let dedupe {
                let records = PreparedRecords(try Self.people(dedupe))
                progress("read and standardised \(records.count) records")
                let linker = await Linker(deduplicating: records)
                progress("model trained; \(Self.rules(linker))")
                let clusters = await linker.clusters(threshold: threshold)
                csv = "id,cluster_id\n" + clusters.indices.map { "\(records.ids[$0]),\(records.ids[clusters[$0]])\n" }.joined()
            } else if let left, let right {
                // The two files are read and standardised at the same time, one per core.
                async let first = Self.prepared(left), second = Self.prepared(right)
                let (a, b) = (try await first, try await second)
                progress("read and standardised \(a.count) + \(b.count) records")
                let linker = await Linker(left: a, right: b)
                progress("model trained: about 1 in \(Int((1 / linker.model.prior).rounded())) pairs match; m \(linker.model.m.map { $0.map { String(format: "%.3f", $0) } }); \(Self.rules(linker))")
                if let truth { progress(try Self.blockingRecall(linker, a, b, truth: truth)) }
                // One pass of scoring serves both the links and, when asked for, the review queue.
                let scored = await linker.scored(atLeast: review == nil ? threshold : min(0.2, threshold))
                progress("\(scored.compared) candidate pairs scored")
                if let review { try Self.writeReview(scored.pairs.filter { $0.probability < threshold }, linker, a, b, to: review) }
                let links = Linker.oneToOne(scored.pairs.filter { $0.probability >= threshold }).sorted { ($0.left, $0.right) < ($1.left, $1.right) }
                csv = "left_id,right_id,match_probability\n" + links.map { "\(a.ids[$0.left]),\(b.ids[$0.right]),\(String(format: "%.4f", $0.probability))\n" }.joined()
            } else { return }
            try Data(csv.utf8).write(to: URL(fileURLWithPath: out))
            progress("wrote \(out)")
        }

        /// Each blocking rule with the pairs it produced before the union.
        static func rules(_ linker: Linker) -> String {
            "blocking: " + linker.index.perRule.map { "\($0.rule.rawValue) \($0.pairs)" }.joined(separator: ", ")
        }

        static func prepared(_ path: String) async throws -> PreparedRecords { PreparedRecords(try people(path)) }

        /// The share of true pairs that blocking put in front of the model.
        static func blockingRecall(_ linker: Linker, _ a: PreparedRecords, _ b: PreparedRecords, truth path: String) throws -> String {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ValidationError("Cannot read \(path).") }
            let (left, right) = (Dictionary(a.ids.enumerated().map { ($1, $0) }) { x, _ in x }, Dictionary(b.ids.enumerated().map { ($1, $0) }) { x, _ in x })
            let pairs = Set(text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line -> UInt64? in
                let f = line.split(separator: ",")
                guard f.count >= 2, let i = left[String(f[0])], let j = right[String(f[1])] else { return nil }
                return UInt64(i) << 32 | UInt64(j)
            })
            var found = 0
            linker.index.forEachPair(leftIn: 0..<a.count) { i, j in if pairs.contains(UInt64(i) << 32 | UInt64(j)) { found += 1 } }
            return "blocking recall: \(found) of \(pairs.count) true pairs are candidates (\(String(format: "%.4f", Double(found) / Double(max(1, pairs.count)))))"
        }

        /// Uncertain pairs with the reasons, for a person to decide.
        static func writeReview(_ pairs: [Linkage.Link], _ linker: Linker, _ a: PreparedRecords, _ b: PreparedRecords, to path: String) throws {
            let rows = pairs.map { p in
                "\(a.ids[p.left]),\(b.ids[p.right]),\(String(format: "%.4f", p.probability)),\"\(linker.explain(p.left, p.right).lines.joined(separator: "; ").replacingOccurrences(of: "\"", with: "\"\""))\"\n"
            }
            try Data(("left_id,right_id,match_probability,explanation\n" + rows.joined()).utf8).write(to: URL(fileURLWithPath: path))
        }

        static func people(_ path: String) throws -> [LinkRecord] {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Cannot read \(path).") }
            do {
                let rows = try data.withUnsafeBytes { try PeopleCSV.read($0.bindMemory(to: UInt8.self)) }
                return rows.map { LinkRecord(id: $0[0], givenName: $0[1], familyName: $0[2], dateOfBirth: $0[3], sex: $0[4], postcode: $0[5], address: $0[6], nhsNumber: $0[7]) }
            } catch let error as FormatError {
                throw ValidationError("\(path) was not read:\n\(error)")
            }
        }
    }
}
