import SharewellCore
import Testing

@Suite("A directory entry typed into the form")
struct DirectoryEntryDraftTests {
    static func good() -> DirectoryEntryDraft {
        var d = DirectoryEntryDraft()
        d.code = "p81009"; d.kind = "gpPractice"; d.name = " Brook Surgery "; d.addressLine = "2 Brook Road"; d.town = "Ashworth"
        d.postcode = "aw12ab"; d.secureMailbox = "brook.surgery@nhs.example"; d.directPhone = "0161 496 0100"
        d.leadName = "Dr Rao"; d.leadJobTitle = "GP partner"; d.leadEmail = "rao@nhs.example"; d.leadPhone = "0161 496 0101"
        return d
    }

    @Test("a good draft becomes a canonical entry, and an entry reads back as its draft")
    func good() throws {
        let entry = try Self.good().entry()
        #expect(entry.code == "P81009" && entry.name == "Brook Surgery" && entry.postcode.value == "AW1 2AB")
        #expect(entry.deputySafeguardingLead == nil)
        #expect(try DirectoryEntryDraft(entry).entry() == entry)
    }

    @Test("every problem is named at once")
    func problems() {
        var d = DirectoryEntryDraft()
        d.kind = "school"; d.code = "12345"; d.postcode = "AW1"; d.secureMailbox = "not an email"; d.directPhone = "123"
        d.catchment = "AW1 2"; d.deputyName = "Only a name"
        #expect(throws: InvalidFields.self) { try d.entry() }
        let fields = Set(Self.problems(d).map(\.field))
        #expect(fields == ["code", "name", "addressLine", "town", "postcode", "secureMailbox", "directPhone", "catchment",
                           "leadName", "leadJobTitle", "leadEmail", "leadPhone", "deputyJobTitle", "deputyEmail", "deputyPhone"])
        #expect(Self.problems(d).first { $0.field == "catchment" }?.message == "Only children's centres have a catchment")
    }

    @Test("a children's centre's catchment is read as postcode sectors, and a bad sector is named")
    func catchment() throws {
        var d = Self.good()
        d.kind = "childrensCentre"; d.code = "600109"; d.catchment = "aw1 3, AW1 2"
        #expect(try d.entry().catchment.map(\.value) == ["AW1 2", "AW1 3"])
        d.catchment = "AW1 2, nowhere"
        #expect(Self.problems(d) == [FieldProblem(field: "catchment", message: "‘nowhere’ is not a postcode sector like AW1 2")])
    }

    static func problems(_ draft: DirectoryEntryDraft) -> [FieldProblem] {
        do { _ = try draft.entry(); return [] } catch { return error.problems }
    }
}
