/// Common English diminutives and their formal given names, so `Bob` and `Robert` compare as one
/// name. Short on purpose: the names this borough, its schools and practices actually see.
enum Nicknames {
    static let formal: [String: String] = {
        let groups: [(String, [String])] = [
            ("robert", ["bob", "bobby", "rob", "robbie", "bert"]), ("william", ["bill", "billy", "will", "willie", "liam"]),
            ("elizabeth", ["liz", "lizzie", "beth", "betty", "eliza", "libby", "lisa", "bess"]), ("margaret", ["maggie", "meg", "peggy", "marge", "madge"]),
            ("katherine", ["kate", "katie", "kathy", "kat", "kitty", "catherine", "kathryn"]), ("richard", ["rick", "ricky", "dick", "rich", "richie"]),
            ("james", ["jim", "jimmy", "jamie"]), ("john", ["jack", "johnny", "jon"]), ("thomas", ["tom", "tommy"]), ("michael", ["mike", "mick", "mickey", "micky"]),
            ("christopher", ["chris", "kit"]), ("matthew", ["matt", "matty"]), ("daniel", ["dan", "danny"]), ("benjamin", ["ben", "benny"]),
            ("jonathan", ["jon", "jonny"]), ("nicholas", ["nick", "nicky"]), ("joseph", ["joe", "joey"]), ("samuel", ["sam", "sammy"]),
            ("anthony", ["tony", "ant"]), ("alexander", ["alex", "alec", "sandy", "xander"]), ("edward", ["ed", "eddie", "ted", "teddy", "ned"]),
            ("theodore", ["theo", "ted", "teddy"]), ("frederick", ["fred", "freddie", "freddy"]), ("henry", ["harry", "hal", "hank"]),
            ("charles", ["charlie", "chuck", "chas"]), ("david", ["dave", "davey"]), ("andrew", ["andy", "drew"]), ("stephen", ["steve", "stevie", "steven"]),
            ("jennifer", ["jen", "jenny"]), ("rebecca", ["becky", "becca"]), ("samantha", ["sam", "sammie"]), ("abigail", ["abby", "abbie", "gail"]),
            ("victoria", ["vicky", "vikki", "tori"]), ("deborah", ["debbie", "deb"]), ("patricia", ["pat", "patsy", "trish", "tricia"]),
            ("susan", ["sue", "susie"]), ("jessica", ["jess", "jessie"]), ("isabella", ["bella", "izzy", "isabel", "isabelle"]),
            ("sophia", ["sophie"]), ("amelia", ["millie", "amy"]), ("florence", ["flo", "florrie"]), ("matilda", ["tilly", "tilda"]),
            ("mohammed", ["muhammad", "mohammad", "mohamed", "muhammed"]), ("joanne", ["jo", "joanna"]), ("rachel", ["rach"]),
            ("archibald", ["archie"]), ("alfred", ["alfie", "alf"]), ("oliver", ["ollie", "olly"]), ("harrison", ["harry"]), ("reuben", ["ruben"]),
        ]
        var table: [String: String] = [:]
        // Where a short form serves two names (sam, jon, ted, harry) the first listed wins, every time.
        for (formal, short) in groups { for name in short where table[name] == nil { table[name] = formal } }
        return table
    }()
}
