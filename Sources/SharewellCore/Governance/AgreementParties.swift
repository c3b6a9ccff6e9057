/// Who may act on an agreement. A party removed by the version in force is no longer a party: it
/// neither reads nor changes the agreement. A party proposed by a newer version awaiting approval
/// reads it (to approve it) and may revise it, but changes the standing of nothing it is not yet in.
public struct AgreementParties: Sendable, Equatable {
    /// Parties of the newest version every party approved, if any.
    public var inForce: Set<String>?
    /// Parties of the newest version.
    public var newest: Set<String>

    public init(inForce: [String]?, newest: [String]) {
        self.inForce = inForce.map(Set.init)
        self.newest = Set(newest)
    }

    /// Parties that read, revise and approve: those in force, and those of a revision awaiting approval.
    public var current: Set<String> { newest.union(inForce ?? []) }

    /// Parties that suspend, resume or end: those in force, or those of the draft while none is.
    public var standing: Set<String> { inForce ?? newest }
}

/// Which version of an agreement is in force. A version comes into force once its own parties and
/// every party of the version in force before it have approved it: a party is never removed, nor an
/// agreement taken over by parties a revision adds, without the approval of those already bound.
public enum AgreementVersions {
    public struct Version: Sendable {
        public let parties: [String]
        public let approvedBy: Set<String>
        public init(parties: [String], approvedBy: Set<String>) { self.parties = parties; self.approvedBy = approvedBy }
    }

    /// The position (in `oldestFirst`) of the version in force, if any.
    public static func inForce(_ oldestFirst: [Version]) -> Int? {
        var inForce: Int?
        for (index, version) in oldestFirst.enumerated() where approvers(of: version, after: inForce.map { oldestFirst[$0] }).isSubset(of: version.approvedBy) {
            inForce = index
        }
        return inForce
    }

    /// Who must approve `version` for it to come into force after `inForce`.
    public static func approvers(of version: Version, after inForce: Version?) -> Set<String> {
        Set(version.parties).union(inForce?.parties ?? [])
    }

    /// Who must still approve the newest version.
    public static func missingApprovals(_ oldestFirst: [Version]) -> [String] {
        guard let newest = oldestFirst.last else { return [] }
        let before = inForce(Array(oldestFirst.dropLast())).map { oldestFirst[$0] }
        return approvers(of: newest, after: before).subtracting(newest.approvedBy).sorted()
    }
}

/// The suspensions standing on an agreement: each party suspends for itself and only it may lift
/// its own suspension; the agreement is suspended while any party's suspension stands.
public enum AgreementSuspensions {
    public enum Change: Sendable, Equatable { case suspended, resumed }

    /// The parties whose suspension stands after these changes, in the order they were made.
    public static func standing(after changes: [(change: Change, party: String)]) -> Set<String> {
        changes.reduce(into: Set<String>()) { parties, event in
            switch event.change {
            case .suspended: parties.insert(event.party)
            case .resumed: parties.remove(event.party)
            }
        }
    }
}
