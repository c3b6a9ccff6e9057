import FluentKit
import Foundation
import SharewellCore

/// A row written into one organisation's keeping by another's sending: a practice's copy of a
/// pupil a school listed, a council's copy of a patient list, a shortlist, a party's words about a
/// case, the school's row a practice's answer changes. Only a `Delivery`, which only the gate makes,
/// creates or saves one. `row.create(on:)`, `row.save(on:)` and `rows.create(on:)` resolve to the
/// deprecated overloads below, and the package makes that deprecation an error in this module, so a
/// write around the gate does not compile. The holding organisation changes its own work on a row
/// it holds with `update(on:)`, which cannot create one.
protocol Delivered: Model {}

extension Delivered {
    @available(*, deprecated, message: "only a Delivery (from the gate) writes a delivered row: use delivery.keep")
    func create(on database: any Database) async throws { throw StoreError.notThroughTheGate }
    @available(*, deprecated, message: "only a Delivery (from the gate) writes a delivered row: use delivery.keep, or update(on:) for the holder's own work")
    func save(on database: any Database) async throws { throw StoreError.notThroughTheGate }
}

extension Collection where Element: Delivered {
    @available(*, deprecated, message: "only a Delivery (from the gate) writes delivered rows: use delivery.keep")
    func create(on database: any Database) async throws { throw StoreError.notThroughTheGate }
}

/// A row one organisation holds about people: its own records and marks, and what others sent it.
/// It is read only by the organisation that holds it (`held(by:)`: scope at the query, rule 2) or
/// by a delivery for the organisation it is addressed to. `query(on:)` and `find(_:on:)` resolve to
/// the deprecated overloads below (an error in this module), which would read nothing. Work that
/// spans every organisation (retention, the demo's borough, checks of the whole store) says so with
/// `everyOrganisation(on:)`, which `GateBoundaryTests` allows only in the files it names.
protocol Held: Model {
    /// The column holding the id of the organisation whose row this is.
    static var holder: FieldKey { get }
}

extension Held {
    @available(*, deprecated, message: "read rows an organisation holds with held(by:) (its own) or through a Delivery")
    static func query(on database: any Database) -> QueryBuilder<Self> { nothing(on: database) }
    @available(*, deprecated, message: "read rows an organisation holds with held(by:) (its own) or through a Delivery")
    static func find(_ id: IDValue?, on database: any Database) async throws -> Self? { nil }

    /// The rows the actor's organisation holds (none for a user of no organisation).
    static func held(by actor: ActingUser, on database: any Database) -> QueryBuilder<Self> {
        guard let organisation = actor.organisationID else { return nothing(on: database) }
        return held(byOrganisation: organisation, on: database)
    }

    /// The rows `organisation` holds: only the actor's own (above) and a delivery's recipient's (below).
    fileprivate static func held(byOrganisation organisation: UUID, on database: any Database) -> QueryBuilder<Self> {
        QueryBuilder<Self>(database: database).filter(.path([holder], schema: schema), .equality(inverse: false), .bind(organisation))
    }

    /// The rows of every organisation: only for work that spans them all (see above).
    static func everyOrganisation(on database: any Database) -> QueryBuilder<Self> { QueryBuilder(database: database) }

    /// A query that matches no row: what a read around the scope would get, were it to compile.
    private static func nothing(on database: any Database) -> QueryBuilder<Self> {
        QueryBuilder<Self>(database: database).filter(.custom("1 = 0"))
    }
}

extension Delivery {
    /// The rows of a kind the sending's recipient holds: what this sending may change in its keeping.
    func recipientRows<Row: Held>(_ kind: Row.Type) -> QueryBuilder<Row> { Row.held(byOrganisation: recipient, on: database) }
}

/// A delivered copy that names the organisation that sent it (by its code). The sender may find the
/// copies of its own sending: which of its people the recipient already holds (so a list is not
/// sent twice), and a round's figures, which leave the recipient only as disclosure-controlled counts.
protocol SentCopy: Held {
    /// The column holding the sending organisation's code.
    static var sender: FieldKey { get }
}

extension SentCopy {
    /// The copies, in any organisation's keeping, of what the actor's organisation sent.
    static func sent(by actor: ActingUser, on database: any Database) -> QueryBuilder<Self> {
        QueryBuilder<Self>(database: database).filter(.path([sender], schema: schema), .equality(inverse: false), .bind(actor.organisationCode))
    }
}
