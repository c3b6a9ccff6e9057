import Foundation

/// One accepted link between two files.
public struct Link: Sendable, Equatable {
    public let left: Int
    public let right: Int
    public let probability: Double
}

/// Links two files, or finds the duplicates in one (issue 7, item 5): block, compare, train the
/// model on the files themselves, score every candidate pair on both cores, then resolve.
public struct Linker: Sendable {
    public let a: PreparedRecords
    public let b: PreparedRecords
    public let deduplicating: Bool
    /// The blocking rules over both files: candidate pairs come from it as they are scored.
    public let index: BlockIndex
    public let model: MatchModel
    /// Each comparison's weight at each level, worked out once (the scoring loop only adds).
    let weights: [[Double]]
    /// The weight of an exact given or family name for each record of `b`, by how common it is.
    let exactGivenWeight: [Double]
    let exactFamilyWeight: [Double]
    /// Name weights for two records at the same address. A household shares a surname, and a junior
    /// shares a parent's given name, so there a shared name is much weaker evidence than across the
    /// town; counting it at the town's rate is what makes household members look like matches.
    let householdWeights: [Comparison: [Double]]

    /// Two-file linkage of `a` to `b`.
    public init(left a: PreparedRecords, right b: PreparedRecords) async { await self.init(a, b, deduplicating: false) }

    /// De-duplication of one file.
    public init(deduplicating records: PreparedRecords) async { await self.init(records, records, deduplicating: true) }

    /// The steps that do not need each other run at the same time: u from random pairs, the
    /// candidate pairs, and the training samples.
    private init(_ a: PreparedRecords, _ b: PreparedRecords, deduplicating: Bool) async {
        self.a = a; self.b = b; self.deduplicating = deduplicating
        let other = deduplicating ? nil : b
        async let u = MatchModel.estimateU(a, b)
        async let index = BlockIndex(a, other)
        // A few hundred thousand pairs a session are plenty: EM works on the few thousand patterns they make.
        async let bornSample = CandidatePairs(a, other, rules: [.birth], limit: 500_000)
        async let nameSample = CandidatePairs(a, other, rules: [.fullName], limit: 500_000)
        async let nhsSample = CandidatePairs(a, other, rules: [.nhsNumber], limit: 500_000)
        // Pairs chosen by postcode alone: candidate pairs were chosen by name, so among them people
        // at one address would seem to share names far more often than households do.
        async let postcodeSample = CandidatePairs(a, other, rules: [.postcode], limit: 500_000)
        var model = MatchModel.untrained(u: await u)
        let namePairs = await index.perRule.first { $0.rule == .fullName }?.pairs ?? 0
        await Self.train(&model, a, b, samples: [bornSample, nameSample, nhsSample], namePairs: namePairs, allPairs: deduplicating ? Double(a.count) * Double(a.count - 1) / 2 : Double(a.count) * Double(b.count))
        self.model = model
        self.index = await index
        weights = Comparison.allCases.map { c in c.levels.indices.map { model.weight(c, level: $0) } }
        exactGivenWeight = Self.frequencies(b.count) { b.given[$0] }.map { log2(max(model.m[Comparison.givenName.rawValue][0], MatchModel.floor) / max($0, 1e-5)) }
        exactFamilyWeight = Self.frequencies(b.count) { b.family[$0] }.map { log2(max(model.m[Comparison.familyName.rawValue][0], MatchModel.floor) / max($0, 1e-5)) }
        householdWeights = await Self.householdWeights(a, b, postcodeSample, model)
    }

    /// u for names among pairs at the same address who were born on clearly different days (so are
    /// almost all household members, not one person twice).
    static func householdWeights(_ a: PreparedRecords, _ b: PreparedRecords, _ pairs: CandidatePairs, _ model: MatchModel) async -> [Comparison: [Double]] {
        let names: [Comparison] = [.givenName, .familyName]
        let step = max(1, pairs.count / 2_000_000)
        let counts = await Parallel.merged((pairs.count + step - 1) / step) { range in
            var counts: [UInt32: Int] = [:]
            for k in range {
                let v = ComparisonVector(a, Int(pairs.left[k * step]), b, Int(pairs.right[k * step]))
                guard v.level(.location) == 0, let born = v.level(.dateOfBirth), born >= 3 else { continue }
                for c in names { if let l = v.level(c) { counts[UInt32(c.rawValue << 8 | l), default: 0] += 1 } }
            }
            return counts
        }
        var result: [Comparison: [Double]] = [:]
        for c in names {
            let levels = c.levels.indices.map { Double(counts[UInt32(c.rawValue << 8 | $0)] ?? 0) + 1 }
            let total = levels.reduce(0, +)
            // Too few households seen to say anything: keep the town-wide weights.
            guard total > 200 else { continue }
            result[c] = levels.indices.map { log2(max(model.m[c.rawValue][$0], MatchModel.floor) / (levels[$0] / total)) }
        }
        return result
    }

    /// m by EM in three sessions, as Splink trains, each learning what its pairs did not agree on by
    /// construction: pairs born the same day (names), pairs with the same name (dates of birth, sex,
    /// NHS numbers and places), and pairs with the same NHS number, almost all one person (dates of
    /// birth, sex and places again, free of the same-named relatives the name session mistakes for
    /// matches). The prior is the number of matches the name session implies, over all pairs.
    static func train(_ model: inout MatchModel, _ a: PreparedRecords, _ b: PreparedRecords, samples: [CandidatePairs], namePairs: Int, allPairs: Double) async {
        func patterns(_ pairs: CandidatePairs) async -> [UInt32: Int] {
            await Parallel.merged(pairs.count) { range in
                var patterns: [UInt32: Int] = [:]
                for k in range { patterns[ComparisonVector(a, Int(pairs.left[k]), b, Int(pairs.right[k])).packed, default: 0] += 1 }
                return patterns
            }
        }
        let (born, name, nhs) = (samples[0], samples[1], samples[2])
        model.train(patterns: await patterns(born), fixed: [.dateOfBirth])
        let share = model.train(patterns: await patterns(name), fixed: [.givenName, .familyName])
        if nhs.count >= 1_000 { model.train(patterns: await patterns(nhs), fixed: [.nhsNumber, .givenName, .familyName]) }
        let nameAgrees = (model.m[Comparison.givenName.rawValue][0] + model.m[Comparison.givenName.rawValue][1]) * model.m[Comparison.familyName.rawValue][0]
        let matches = min(Double(namePairs) * share / max(nameAgrees, 0.05), Double(min(a.count, b.count)))
        model.prior = min(max(matches / max(allPairs, 1), 1e-12), 0.5)
    }

    private static func frequencies(_ count: Int, _ value: (Int) -> UnsafeBufferPointer<UInt8>) -> [Double] {
        var counts: [UInt64: Int] = [:]
        let keys = (0..<count).map { PreparedRecords.hash64([value($0)]) }
        for key in keys { counts[key, default: 0] += 1 }
        return keys.map { Double(counts[$0]!) / Double(max(1, count)) }
    }

    /// The pair's match weight: the prior plus each comparison's weight, an exact name weighed by
    /// how common that name is (a shared "Smith" says less than a shared "Oyelaran").
    public func weight(_ i: Int, _ j: Int) -> Double {
        let v = ComparisonVector(a, i, b, j)
        let household = v.level(.location) == 0
        var w = model.priorWeight
        for c in Comparison.allCases { if let level = v.level(c) { w += termWeight(c, level: level, j, household: household) } }
        return w
    }

    func termWeight(_ c: Comparison, level: Int, _ j: Int, household: Bool = false) -> Double {
        if household, let weights = householdWeights[c] { return weights[level] }
        guard level == 0, c == .givenName || c == .familyName else { return weights[c.rawValue][level] }
        return c == .givenName ? exactGivenWeight[j] : exactFamilyWeight[j]
    }

    /// Every candidate pair scored, the record ranges split across the cores, keeping only pairs
    /// whose probability is at least `minimum`: nothing grows with the number of pairs compared.
    public func scored(atLeast minimum: Double) async -> ScoredPairs {
        let parts = await Parallel.mapped(a.count, granularity: 1_000) { range -> [ScoredPairs] in
            var kept: [Link] = [], compared = 0
            index.forEachPair(leftIn: range) { i, j in
                compared += 1
                let p = MatchModel.probability(weight: weight(Int(i), Int(j)))
                if p >= minimum { kept.append(Link(left: Int(i), right: Int(j), probability: p)) }
            }
            return [ScoredPairs(pairs: kept, compared: compared)]
        }
        return ScoredPairs(pairs: parts.flatMap(\.pairs), compared: parts.reduce(0) { $0 + $1.compared })
    }

    /// Two-file links at or above the threshold, one to one.
    public func links(threshold: Double = MatchModel.defaultThreshold) async -> [Link] {
        Self.oneToOne(await scored(atLeast: threshold).pairs)
    }

    /// The most probable first, each record used once (both files are taken to hold each person once).
    public static func oneToOne(_ pairs: [Link]) -> [Link] {
        let ordered = pairs.sorted { ($0.probability, $1.right, $1.left) > ($1.probability, $0.right, $0.left) }
        var usedLeft = Set<Int>(), usedRight = Set<Int>(), links: [Link] = []
        for link in ordered where !usedLeft.contains(link.left) && !usedRight.contains(link.right) {
            usedLeft.insert(link.left); usedRight.insert(link.right)
            links.append(link)
        }
        return links
    }

    /// De-duplication: each record's cluster, named by its first record's index; pairs at or above
    /// the threshold join clusters.
    public func clusters(threshold: Double = MatchModel.defaultThreshold) async -> [Int] {
        var parent = Array(0..<a.count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for link in await scored(atLeast: threshold).pairs {
            let (x, y) = (root(link.left), root(link.right))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        return (0..<a.count).map(root)
    }
}

/// The pairs kept from scoring, and how many were compared.
public struct ScoredPairs: Sendable {
    public let pairs: [Link]
    public let compared: Int
}
