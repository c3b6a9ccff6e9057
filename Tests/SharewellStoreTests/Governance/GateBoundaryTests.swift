import FluentKit
import Foundation
@testable import SharewellStore
import Testing

/// Nothing crosses between organisations around the gate, and this is checked by the compiler,
/// not by review: a row in another organisation's keeping is written only by a `Delivery` and a
/// held row is read only by its holder (Governance/Delivered.swift).
@Suite("The gate's boundary")
struct GateBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("a write of another organisation's rows, or a read of a held row, around the gate does not compile; the scoped ways do")
    func aroundTheGateDoesNotCompile() throws {
        let around = [
            "try await AttendanceReferralModel().create(on: db)",
            "try await AttendanceReferralModel().save(on: db)",
            "try await [IllnessReferralModel()].create(on: db)",
            "try await EarlyHelpDisclosureModel().create(on: db)",
            "try await EarlyHelpShortlistEntryModel().save(on: db)",
            "try await AttendanceMeasureModel().create(on: db)",
            "_ = try await PersonRecordModel.query(on: db).filter(\\.$owner.$id == UUID()).all()",
            "_ = try await PersonRecordModel.find(UUID(), on: db)",
            "_ = try await AttendanceSummaryModel.query(on: db).all()",
            "_ = try await AttendanceLiaisonModel.find(UUID(), on: db)",
        ]
        let scoped = [
            "_ = try await PersonRecordModel.held(by: actor, on: db).all()",
            "_ = try await AttendanceReferralModel.held(by: actor, on: db).first()",
            "try await AttendanceReferralModel().update(on: db)",
            "_ = try await OrganisationModel.query(on: db).all()",
        ]
        let refused = try typecheck(around)
        #expect(refused.count == around.count, "each line around the gate is refused, once: \(refused)")
        #expect(refused.allSatisfy { $0.contains("is deprecated") }, "\(refused)")
        #expect(try typecheck(scoped) == [], "the scoped ways compile")
    }

    @Test("every table another organisation's sending writes is written only by a delivery, and each organisation's people are held")
    func receivedTablesAreDelivered() {
        let delivered: [any Model.Type] = [AttendanceReferralModel.self, AttendanceMeasureModel.self, AttendanceLiaisonModel.self, IllnessReferralModel.self,
                                           EarlyHelpExtractModel.self, EarlyHelpExtractPersonModel.self, EarlyHelpDemandCodeModel.self,
                                           EarlyHelpShortlistModel.self, EarlyHelpShortlistEntryModel.self, EarlyHelpDisclosureModel.self]
        for model in delivered { #expect(model is any Delivered.Type, "\(model.schema)") }
        let held: [any Model.Type] = [PersonRecordModel.self, AttendanceSummaryModel.self, AttendanceReferralModel.self, AttendanceLiaisonModel.self, IllnessReferralModel.self]
        for model in held { #expect(model is any Held.Type, "\(model.schema)") }
    }

    @Test("only work that spans every organisation reads every organisation's rows, and only Delivered.swift builds an unscoped query")
    func escapesAreNamed() throws {
        let sources = Self.root.appendingPathComponent("Sources/SharewellStore")
        let allowedEverywhere: Set = ["Store+AttendanceRetention.swift", "Store+Retention.swift", "Store+BirthsWithdrawal.swift", "Store+BirthsRetention.swift", "Store+FamilyTeam.swift", "Store+Borough.swift", "Delivered.swift"]
        var everywhere: [String] = [], builders: [String] = [], rawReads: [String] = []
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8), name = file.lastPathComponent
            if text.contains("everyOrganisation("), !allowedEverywhere.contains(name) { everywhere.append(name) }
            if text.contains("QueryBuilder<") && text.contains("(database:") || text.contains("QueryBuilder(database:"), name != "Delivered.swift" { builders.append(name) }
            // Raw SQL over a held table must carry its holder (the marks' reader does: school_id).
            // (A migration reshapes every organisation's rows by nature.)
            if text.contains(#"from("attendance_years")"#) || text.contains(#"from("person_records")"#), !file.path.contains("/Migrations/"),
               !["Store+AttendanceImport.swift", "Store+Borough.swift"].contains(name) {
                rawReads.append(name)
            }
        }
        #expect(everywhere == [], "everyOrganisation outside the work that spans all organisations")
        #expect(builders == [], "a query built by hand goes around held(by:)")
        #expect(rawReads == [], "raw SQL over a held table")
    }

    /// Type-checks each line in a function of its own against the built SharewellStore module, as
    /// the package does (deprecation is an error), and answers the errors, one line each.
    private func typecheck(_ lines: [String]) throws -> [String] {
        let modules = Self.root.appendingPathComponent(".build/debug/Modules").path
        let body = lines.enumerated().map { "func line\($0.offset)(_ db: any Database, _ actor: ActingUser) async throws {\n    \($0.element)\n}" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gate-boundary-\(UUID().uuidString).swift")
        try ("import FluentKit\nimport Foundation\n@testable import SharewellStore\n" + body.joined(separator: "\n")).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let swiftc = Process()
        swiftc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        swiftc.arguments = ["swiftc", "-typecheck", "-I", modules, "-Werror", "DeprecatedDeclaration"] + Self.cModuleMaps().flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] } + [file.path]
        let errors = Pipe()
        swiftc.standardError = errors; swiftc.standardOutput = FileHandle.nullDevice
        try swiftc.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        swiftc.waitUntilExit()
        let found = output.split(separator: "\n").filter { $0.hasPrefix(file.path) && $0.contains(": error:") }.map(String.init)
        // A file that fails for another reason (a missing module) must not pass as "refused".
        #expect(swiftc.terminationStatus == 0 || !found.isEmpty, "\(output.prefix(2000))")
        return found
    }

    /// The module maps of the C targets the store's dependencies use, as the package build passes
    /// them: generated ones beside the build's objects, and those the packages ship in `include/`.
    private static func cModuleMaps() -> [String] {
        let build = root.appendingPathComponent(".build/debug").resolvingSymlinksInPath()
        let generated = ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? [])
            .map { build.appendingPathComponent($0).appendingPathComponent("module.modulemap").path }
        let checkouts = root.appendingPathComponent(".build/checkouts").path
        let shipped = ((try? FileManager.default.contentsOfDirectory(atPath: checkouts)) ?? []).flatMap { package in
            let sources = "\(checkouts)/\(package)/Sources"
            return ((try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? []).map { "\(sources)/\($0)/include/module.modulemap" }
        }
        return (generated + shipped).filter { FileManager.default.fileExists(atPath: $0) }
    }
}
