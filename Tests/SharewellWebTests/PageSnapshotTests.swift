import SnapshotTesting
@testable import SharewellWeb
import Testing
import Vapor

/// Each page rendered from a fixed model: a change to the markup shows up as a diff to review.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let demo = PageContext(path: "/directory", demo: true, csrfToken: "csrf-example")

    @Test("home page")
    func home() {
        assertSnapshot(of: HomePage.view(.example, context: .example).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("directory with results")
    func directory() {
        assertSnapshot(of: DirectoryList.view(.example, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("directory with errors")
    func directoryErrors() {
        let model = DirectoryList.Model(text: "mill", kind: "hospital", entries: [],
                                        errors: [FieldError(field: "kind", message: "Choose a kind of organisation from the list")])
        assertSnapshot(of: DirectoryList.view(model, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("organisation page")
    func organisation() {
        assertSnapshot(of: OrganisationPage.view(.example, context: Self.demo).render(indentedBy: .spaces(1)), as: .lines)
    }

    @Test("not-found page")
    func notFound() {
        let model = ErrorPage.Model(status: .notFound, detail: "There is no page at this address.")
        assertSnapshot(of: ErrorPage.view(model, context: .example).render(indentedBy: .spaces(1)), as: .lines)
    }
}
