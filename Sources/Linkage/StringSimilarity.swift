/// Similarity of two short strings held as bytes (standardised names are lower-case ASCII), with
/// no allocation beyond small fixed buffers: the comparisons run millions of times.
public enum StringSimilarity {
    /// Jaro–Winkler similarity, 0 to 1, with the usual prefix scale 0.1 over at most four characters.
    public static func jaroWinkler<Bytes: RandomAccessCollection<UInt8>>(_ a: Bytes, _ b: Bytes) -> Double where Bytes.Index == Int {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        if a.count == b.count && a.elementsEqual(b) { return 1 }
        let jaro = jaro(a, b)
        var prefix = 0
        for (x, y) in zip(a, b).prefix(4) { if x == y { prefix += 1 } else { break } }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    static func jaro<Bytes: RandomAccessCollection<UInt8>>(_ a: Bytes, _ b: Bytes) -> Double where Bytes.Index == Int {
        let (s, t) = a.count <= b.count ? (a, b) : (b, a)
        guard s.count <= 64, t.count <= 64 else { return s.elementsEqual(t) ? 1 : 0 }
        let window = max(0, t.count / 2 - 1)
        var tMatched: UInt64 = 0, sMatched: UInt64 = 0, matches = 0
        for (i, x) in s.enumerated() {
            let low = max(0, i - window), high = min(t.count - 1, i + window)
            guard low <= high else { continue }
            for j in low...high where tMatched & (1 << UInt64(j)) == 0 && t[t.startIndex + j] == x {
                tMatched |= 1 << UInt64(j); sMatched |= 1 << UInt64(i); matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0, j = 0
        for i in 0..<s.count where sMatched & (1 << UInt64(i)) != 0 {
            while tMatched & (1 << UInt64(j)) == 0 { j += 1 }
            if s[s.startIndex + i] != t[t.startIndex + j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        return (m / Double(s.count) + m / Double(t.count) + (m - Double(transpositions / 2)) / m) / 3
    }

    /// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
    /// substitutions and swaps of neighbours), for strings up to 32 bytes; longer ones count as far apart.
    /// With `limit`, any distance above it is reported as `limit + 1`, found as soon as a whole row
    /// of the table exceeds it: most pairs compared are strangers, told apart in two or three rows.
    public static func damerauLevenshtein<Bytes: RandomAccessCollection<UInt8>>(_ a: Bytes, _ b: Bytes, limit: Int = .max) -> Int where Bytes.Index == Int {
        let n = a.count, m = b.count, beyond = limit == .max ? limit : limit + 1
        if n == 0 || m == 0 { return min(max(n, m), beyond) }
        guard n <= 32, m <= 32 else { return min(max(n, m), beyond) }
        if abs(n - m) > limit { return beyond }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var (twoBack, previous, current) = (0, m + 1, 2 * (m + 1))
            for j in 0...m { rows[previous + j] = j }
            var previousBest = 0
            for i in 1...n {
                rows[current] = i
                var rowBest = i
                let x = a[a.startIndex + i - 1]
                for j in 1...m {
                    let y = b[b.startIndex + j - 1]
                    var best = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + (x == y ? 0 : 1))
                    if i > 1, j > 1, x == b[b.startIndex + j - 2], a[a.startIndex + i - 2] == y { best = min(best, rows[twoBack + j - 2] + 1) }
                    rows[current + j] = best
                    rowBest = min(rowBest, best)
                }
                // A swap reaches back two rows, so both must exceed the limit before giving up.
                if rowBest > limit && previousBest > limit { return beyond }
                previousBest = rowBest
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return min(rows[previous + m], beyond)
        }
    }
}
