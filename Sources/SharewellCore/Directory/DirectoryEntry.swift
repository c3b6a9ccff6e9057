/// One organisation as listed in the directory (DOMAIN.md §1): who it is, how to reach it
/// securely, and who its designated safeguarding lead and deputy are.
public struct DirectoryEntry: Sendable, Equatable {
    /// The national code (URN, ODS code or LA team code), canonical for its kind.
    public var code: String
    public var kind: OrganisationKind
    public var name: String
    public var addressLine: String
    public var town: String
    public var postcode: Postcode
    /// The secure mailbox for sharing about a child (never a general enquiries address).
    public var secureMailbox: String
    /// A direct line that reaches the team without going through reception.
    public var directPhone: String
    /// Postcode sectors served (children's centres); empty for other kinds.
    public var catchment: [PostcodeSector]
    public var safeguardingLead: SafeguardingLead
    public var deputySafeguardingLead: SafeguardingLead?

    public init(code: String, kind: OrganisationKind, name: String, addressLine: String, town: String,
                postcode: Postcode, secureMailbox: String, directPhone: String, catchment: [PostcodeSector] = [],
                safeguardingLead: SafeguardingLead, deputySafeguardingLead: SafeguardingLead? = nil) {
        self.code = code; self.kind = kind; self.name = name; self.addressLine = addressLine; self.town = town
        self.postcode = postcode; self.secureMailbox = secureMailbox; self.directPhone = directPhone
        self.catchment = catchment; self.safeguardingLead = safeguardingLead; self.deputySafeguardingLead = deputySafeguardingLead
    }
}

/// The designated safeguarding lead (or deputy) of an organisation: the person a school rings
/// about a child at this GP practice, and the reverse (seed 000).
public struct SafeguardingLead: Sendable, Equatable {
    public var name: String
    public var jobTitle: String
    public var secureEmail: String
    public var directPhone: String

    public init(name: String, jobTitle: String, secureEmail: String, directPhone: String) {
        self.name = name; self.jobTitle = jobTitle; self.secureEmail = secureEmail; self.directPhone = directPhone
    }
}
