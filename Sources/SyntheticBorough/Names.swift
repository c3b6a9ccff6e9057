/// Name lists for the synthetic borough: common in England, with the spellings that trip up
/// matching (accents, apostrophes, hyphenated and double-barrelled surnames).
enum Names {
    static let female = [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow",
        "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Sofia",
        "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle",
        "Jessica", "Elizabeth", "Margaret", "Katherine", "Rebecca", "Samantha", "Abigail", "Victoria", "Jennifer",
        "Susan", "Patricia", "Deborah", "Amina", "Fatima", "Aisha", "Zainab", "Maryam", "Priya", "Zoë", "Chloé",
        "Niamh", "Siobhan", "Agnieszka", "Oluwaseun", "Chiamaka", "Hannah", "Laura", "Sarah", "Rachel", "Joanne",
    ]
    static let male = [
        "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
        "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "William", "Lucas",
        "Roman", "Tommy", "Isaac", "Teddy", "Alexander", "Luca", "Edward", "James", "Joshua", "Albie", "Elijah",
        "Max", "Mohammed", "Reuben", "Mason", "Sebastian", "Rory", "Jude", "Robert", "Michael", "Christopher",
        "Matthew", "Daniel", "Benjamin", "Jonathan", "Nicholas", "Joseph", "Samuel", "Anthony", "Richard",
        "Ibrahim", "Yusuf", "Omar", "Ravi", "Seán", "Piotr", "Chidi", "Kwame", "David", "Andrew", "Paul", "Stephen",
    ]
    static let family = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
        "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore",
        "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
        "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter",
        "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox", "Hussain",
        "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis",
        "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer", "Campbell",
        "Holmes", "Mills", "Rogers", "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens", "Kaur",
        "Fletcher", "Butler", "Dixon", "Russell", "Harvey", "Pearson", "Graham", "O'Brien", "O'Connor",
        "McDonald", "MacLeod", "Nowak", "Kowalski", "Okafor", "Adeyemi", "Mensah", "Nguyen", "Chowdhury",
        "Rahman", "Iqbal", "Akhtar", "Smith-Jones", "Brown-Williams", "Lloyd Webber", "Fernández", "Müller",
    ]
    /// Given names and the diminutives people give in place of them (a common linkage fault).
    static let nicknames: [String: String] = [
        "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Maggie", "Katherine": "Kate",
        "Thomas": "Tom", "James": "Jim", "Daniel": "Dan", "Michael": "Mike", "Alexander": "Alex",
        "Jessica": "Jess", "Samantha": "Sam", "Rebecca": "Becky", "Joseph": "Joe", "Christopher": "Chris",
        "Matthew": "Matt", "Nicholas": "Nick", "Benjamin": "Ben", "Jonathan": "Jon", "Edward": "Ted",
        "Abigail": "Abbie", "Oliver": "Ollie", "Charlotte": "Lottie", "Amelia": "Millie", "Isabella": "Bella",
        "Olivia": "Liv", "Samuel": "Sam", "Anthony": "Tony", "Richard": "Rich", "Patricia": "Trish",
        "Deborah": "Debbie", "Victoria": "Vicky", "Jennifer": "Jenny", "Susan": "Sue", "Theodore": "Theo",
        "Frederick": "Freddie", "Stephen": "Steve", "Andrew": "Andy", "David": "Dave", "Joshua": "Josh",
        "Sophia": "Sophie", "Florence": "Flo", "Matilda": "Tilly", "Evelyn": "Evie", "Harold": "Harry",
    ]
    static let streets = [
        "Mill", "Church", "Station", "Park", "Victoria", "Albert", "Queen", "King", "Manor", "Chapel", "School",
        "Oak", "Elm", "Ash", "Beech", "Willow", "Cedar", "Holly", "Hawthorn", "Rowan", "Meadow", "Brook",
        "Bridge", "Canal", "Market", "Castle", "Green", "Hill", "Moor", "Clough", "Fold", "Heath", "Orchard",
        "Spring", "Well", "Windmill", "Coronation", "Jubilee", "Princess", "Stanley", "Grange", "Highfield",
        "Lime", "Laurel", "Cotton", "Weavers", "Spinners", "Foundry", "Forge", "Tannery", "Union", "Railway",
        "Hollins", "Ridgeway", "Pennine", "Lancaster", "York", "Warwick", "Derby", "Chester",
    ]
    static let streetKinds = ["Road", "Street", "Lane", "Avenue", "Close", "Grove", "Way", "Drive", "Terrace", "Crescent"]
    static let places = ["Ashworth", "Hollinwood", "Greenacres", "Moorside", "Brookfield", "Highcroft", "Lowfield",
                         "Castleton", "Millbrook", "Fernhill", "Westwood", "Eastmoor"]
}
