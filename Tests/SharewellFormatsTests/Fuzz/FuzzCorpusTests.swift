import Foundation
import Testing

/// The inputs libFuzzer found interesting (`fuzz/run`), replayed through the same targets in every
/// `swift test`: a parser change that traps on one of them fails here, without a fuzzing run.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../fuzz/corpus").standardized

    @Test("every target has a corpus, and every input in it parses or is refused without a trap", arguments: FuzzTargets.all.keys.sorted())
    func replay(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        #expect(!files.isEmpty, "fuzz/corpus/\(name) is empty")
        let target = try #require(FuzzTargets.all[name])
        for file in files { target(Array(try Data(contentsOf: file))) }
    }
}
