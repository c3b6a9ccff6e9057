import FluentKit

/// The team around the family and the 14-day referral (issue 18, item 4): the members the LA's
/// early years team lists for each children's centre; a registered family's team, formed with the
/// parent's consent and naming the members it was given for; each member's copy of the family and
/// of the notes shared within the team; a health visitor's referrals, as sent and as received; and,
/// on a birth the early years team received, the centre it sent the family on to.
struct CreateFamilyTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("births_received").field("resolved_to", .string).update()
        try await database.schema("family_team_members")
            .id()
            .field("centre_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("member_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("set_by", .string, .required)
            .field("set_at", .datetime, .required)
            .unique(on: "centre_id", "member_id")
            .create()
        try await database.schema("family_teams")
            .id()
            .field("centre_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("birth_id", .uuid, .required, .references("births_received", "id", onDelete: .cascade))
            .field("consent_given_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .field("withdrawn_at", .datetime)
            .unique(on: "birth_id")
            .create()
        try await database.schema("family_team_parties")
            .id()
            .field("team_id", .uuid, .required, .references("family_teams", "id", onDelete: .cascade))
            .field("member_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("sent", .bool, .required)
            .unique(on: "team_id", "member_id")
            .create()
        try await database.schema("family_team_copies")
            .id()
            .field("holder_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required)
            .field("centre_code", .string, .required)
            .field("agreement_id", .uuid, .required)
            .field("parent_given_name", .string, .required)
            .field("parent_family_name", .string, .required)
            .field("baby_date_of_birth", .string, .required)
            .field("address", .string, .required)
            .field("postcode", .string, .required)
            .field("received_at", .datetime, .required)
            .unique(on: "holder_id", "team_id")
            .create()
        try await database.schema("family_team_notes")
            .id()
            .field("holder_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required)
            .field("note_ref", .uuid, .required)
            .field("author_code", .string, .required)
            .field("author_name", .string, .required)
            .field("written_at", .datetime, .required)
            .field("text", .string, .required)
            .unique(on: "holder_id", "note_ref")
            .create()
        // What each member wrote itself: a table of its own, so only a delivery writes the one above.
        try await database.schema("family_team_notes_written")
            .id()
            .field("holder_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required)
            .field("author_code", .string, .required)
            .field("author_name", .string, .required)
            .field("written_at", .datetime, .required)
            .field("text", .string, .required)
            .create()
        // The health visitor's referral (and where it went), and the centre's copy (and its first contact).
        for (schema, extra) in [("family_referrals", "routed_to"), ("family_referrals_received", "sender_code")] {
            let table = database.schema(schema)
                .id()
                .field("holder_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
                .field("referral_ref", .uuid, .required)
                .field(.string(extra), .string)
                .field("agreement_id", .uuid)
                .field("parent_given_name", .string, .required)
                .field("parent_family_name", .string, .required)
                .field("baby_date_of_birth", .string, .required)
                .field("address", .string, .required)
                .field("postcode", .string, .required)
                .field("reason", .string, .required)
                .field("permission_on", .string, .required)
                .field("at", .datetime, .required)
                .unique(on: "holder_id", "referral_ref")
            try await (schema == "family_referrals" ? table : table.field("contacted_on", .string)).create()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["family_referrals_received", "family_referrals", "family_team_notes_written", "family_team_notes", "family_team_copies", "family_team_parties", "family_teams", "family_team_members"] {
            try await database.schema(table).delete()
        }
        try await database.schema("births_received").deleteField("resolved_to").update()
    }
}
