import Foundation
import Testing

@Suite("sharewell retention")
struct RetentionCommandTests {
    @Test("runs the retention job against the database and says what it destroyed")
    func runs() throws {
        let folder = try CommandRun.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRun.run(["migrate"], in: folder).status == 0)
        let run = try CommandRun.run(["retention"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Nothing has reached the end of its retention period.\n")
    }
}
