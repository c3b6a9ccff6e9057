/// Why a value given to a SharewellCore rule was refused.
///
/// Each case carries what was found so the message can say what is wrong and how to put it right.
public enum CoreError: Error, Equatable, Sendable {
    case nhsNumberLength(found: Int)
    case nhsNumberNotDigits
    case nhsNumberCheckDigit
    case upnLength(found: Int)
    case upnCharacters
    case upnLocalAuthority(String)
    case upnCheckLetter(expected: Character, found: Character)
    case urnFormat(String)
    case odsCodeFormat(String)
    case gpPracticeCodeFormat(String)
    case localAuthorityTeamCodeFormat(String)
    case postcodeFormat(String)
    case unknownOrganisationKind(String)
    case emptyField(String)
    case fieldTooLong(field: String, limit: Int)

    /// A sentence a school office or practice manager can act on.
    public var message: String {
        switch self {
        case .nhsNumberLength(let found):
            "An NHS number has 10 digits; this has \(found)."
        case .nhsNumberNotDigits:
            "An NHS number is made of digits only (spaces and hyphens between groups are fine)."
        case .nhsNumberCheckDigit:
            "This is not a valid NHS number: its last digit does not match the check digit. Check it for a mistyped digit."
        case .upnLength(let found):
            "A UPN has 13 characters; this has \(found)."
        case .upnCharacters:
            "A UPN is a check letter, then 11 digits, then a digit or (for a temporary UPN) a letter."
        case .upnLocalAuthority(let code):
            "A UPN's characters 2 to 4 are a DfE local-authority number; \(code) is not one."
        case .upnCheckLetter(let expected, let found):
            "This is not a valid UPN: the check letter is \(found) but the rest of the number needs \(expected). Check it for a mistyped character."
        case .urnFormat:
            "A school or setting URN is 6 digits."
        case .odsCodeFormat:
            "An ODS code is 3 to 6 capital letters and digits (for example RW6 or RW601)."
        case .gpPracticeCodeFormat:
            "A GP practice ODS code is a letter followed by 5 digits (for example N81013)."
        case .localAuthorityTeamCodeFormat:
            "A local-authority team code is the 3-digit LA number, a hyphen and the team's letters (for example 352-EH)."
        case .postcodeFormat:
            "Enter a full UK postcode, like OL8 2QD."
        case .unknownOrganisationKind(let kind):
            "‘\(kind)’ is not a kind of organisation in the directory."
        case .emptyField(let field):
            "Enter \(field)."
        case .fieldTooLong(let field, let limit):
            "\(field.prefix(1).uppercased() + field.dropFirst()) must be \(limit) characters or fewer."
        }
    }
}
