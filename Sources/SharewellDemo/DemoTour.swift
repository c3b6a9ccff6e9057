import SharewellCore
import SharewellStore

/// One way into the demo: a job, the demo account that does it, and the page to start at, where
/// the preloaded work (`DemoScenario`) waits.
public struct DemoStart: Sendable, Equatable {
    /// The job, as the person doing it would name it.
    public let job: String
    public let email: String
    /// What to do first, in a sentence.
    public let firstStep: String
    public let path: String
}

/// The sign-in page's short "try it as…" list: one account per job, each on a pathway the demo
/// has already set going, instead of every account in the borough.
public enum DemoTour {
    public static func starts(on today: CalendarDate) -> [DemoStart] {
        let school = DemoScenario.school, practice = DemoScenario.practice
        let thisYear = "from=\(DemoScenario.firstSchoolDay(on: today))&to=\(today)&below=90"
        return [
            .init(job: "School attendance officer", email: Store.demoEmail(role: .practitioner, code: school),
                  firstStep: "See the pupils below 90% attendance this school year, and send the practice its own under the agreement.",
                  path: "/attendance/poor?\(thisYear)"),
            .init(job: "GP practice safeguarding lead", email: Store.demoEmail(role: .safeguardingLead, code: practice),
                  firstStep: "Review the pupils the school has sent the practice.", path: "/inbox/attendance"),
            .init(job: "GP practice information-governance lead", email: Store.demoEmail(role: .informationGovernanceLead, code: practice),
                  firstStep: "Read the agreements the practice has approved with the school and the council.", path: "/agreements"),
            .init(job: "Council early help worker", email: Store.demoEmail(role: .practitioner, code: DemoScenario.council),
                  firstStep: "Decide the pairs the matching of the practice's patient list was unsure of.", path: "/early-help/review"),
            .init(job: "Council early help analyst", email: Store.demoEmail(role: .analyst, code: DemoScenario.council),
                  firstStep: "Run the threshold sweep over the council's indicators and the practice's codes: people appear by pseudonym only.",
                  path: "/early-help/stratify"),
            .init(job: "GP practice early help lead", email: Store.demoEmail(role: .practitioner, code: practice),
                  firstStep: "Open the case discussion the council has scheduled and record what was decided.", path: "/early-help/meetings"),
            .init(job: "Medical education team", email: Store.demoEmail(role: .practitioner, code: DemoScenario.medicalEducationTeam),
                  firstStep: "See the pupils the school flagged for health-related absence.", path: "/inbox/medical-education"),
            .init(job: "Maternity unit midwife", email: Store.demoEmail(role: .practitioner, code: DemoScenario.maternity),
                  firstStep: "Send this week's live births; each goes to its children's centre under the agreement.", path: "/births/send"),
            .init(job: "Children's centre outreach worker", email: Store.demoEmail(role: .practitioner, code: DemoScenario.birthsCentre),
                  firstStep: "Welcome the new families who consented to hear from the centre.", path: "/births"),
            .init(job: "Council information-governance lead", email: Store.demoEmail(role: .informationGovernanceLead, code: DemoScenario.council),
                  firstStep: "Check the agreements in force, and who approved each version.", path: "/agreements"),
        ]
    }
}
