import SharewellCore
import Vapor

/// `GET /api/v1/organisations` and `GET /api/v1/organisations/{code}`.
enum OrganisationsAPI {
    @Sendable static func list(req: Request) async throws -> Response {
        let search = try req.query.decode(DirectoryQuery.self).search().get()
        let entries = try await req.store.directory(search)
        return try await OrganisationList(organisations: entries.map(OrganisationJSON.init)).encodeResponse(for: req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let entry = try await req.store.organisation(code: code) else {
            throw Abort(.notFound, reason: "There is no organisation with this code.")
        }
        return try await OrganisationJSON(entry).encodeResponse(for: req)
    }
}

struct OrganisationList: Content {
    var organisations: [OrganisationJSON]
}

/// An organisation as the API shows it (described in `openapi.yaml` as `Organisation`).
struct OrganisationJSON: Content, Equatable {
    struct Address: Content, Equatable { var line: String; var town: String; var postcode: String }
    struct Lead: Content, Equatable { var name: String; var jobTitle: String; var secureEmail: String; var directPhone: String }

    var code: String
    var kind: String
    var name: String
    var address: Address
    var secureMailbox: String
    var directPhone: String
    var catchmentSectors: [String]
    var safeguardingLead: Lead
    var deputySafeguardingLead: Lead?

    init(_ entry: DirectoryEntry) {
        code = entry.code
        kind = entry.kind.rawValue
        name = entry.name
        address = Address(line: entry.addressLine, town: entry.town, postcode: entry.postcode.value)
        secureMailbox = entry.secureMailbox
        directPhone = entry.directPhone
        catchmentSectors = entry.catchment.map(\.value)
        safeguardingLead = Lead(entry.safeguardingLead)
        deputySafeguardingLead = entry.deputySafeguardingLead.map(Lead.init)
    }
}

extension OrganisationJSON.Lead {
    init(_ lead: SafeguardingLead) {
        self.init(name: lead.name, jobTitle: lead.jobTitle, secureEmail: lead.secureEmail, directPhone: lead.directPhone)
    }
}
