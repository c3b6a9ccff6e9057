"""UK-like people in two files with realistic faults, and the truth (issue 7's benchmark).

    python3 generate.py N OUT_DIR [--seed S]

Writes OUT_DIR/left.csv, right.csv (id,given_name,family_name,date_of_birth,sex,postcode,address,nhs_number)
and truth.csv (left_id,right_id). People live in households: families share a surname and an
address, some have twins, some juniors share a parent's given name, so that what makes linkage
hard in a borough is here too. About 85% of people are in both files. The right file has faults:
typos, nicknames, swapped day and month, a moved address, a married surname, missing fields.
"""
import argparse, csv, os, random

GIVEN_F = """Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily Ella Poppy Evie Elsie Charlotte
Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Millie Isabelle Jessica Elizabeth Margaret Katherine Rebecca
Samantha Abigail Victoria Jennifer Susan Patricia Deborah Amina Fatima Aisha Zainab Maryam Priya Zoe Chloe Niamh Siobhan Agnieszka Oluwaseun
Chiamaka Hannah Laura Sarah Rachel Joanne Lucy Megan Holly Amy Jade Chelsea Leah Lauren Georgia Bethany Ellie Caitlin Jasmine Eleanor Anna
Nicola Claire Helen Karen Julie Tracey Michelle Dawn Angela Lisa Kelly Donna Emma Louise Natalie Kirsty Gemma Stacey Kayleigh Shannon""".split()
GIVEN_M = """Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas Finley Arlo
William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James Joshua Albie Elijah Max Mohammed Reuben Mason Sebastian Rory Jude Robert
Michael Christopher Matthew Daniel Benjamin Jonathan Nicholas Joseph Samuel Anthony Richard Ibrahim Yusuf Omar Ravi Sean Piotr Chidi Kwame
David Andrew Paul Stephen Mark Gary Wayne Lee Dean Craig Darren Jason Scott Ryan Liam Connor Callum Kieran Jordan Luke Adam Nathan Aaron
Kyle Bradley Lewis Ethan Tyler Jake Harvey Dylan Logan Riley Stanley Frankie Ronnie Bobby Louie Toby Hugo Felix Ezra Ali Hassan Bilal""".split()
FAMILY = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson
Clarke Patel Khan Ahmed Hussain Ali Begum Shah Iqbal Akhtar Mahmood Lewis Hughes Edwards Harris Turner Martin Cooper Hill Ward Morris Moore
Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster
Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan
Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons
Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson
Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson
Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward
Thomas Nowak Kowalski Okafor Adeyemi Oyelaran Mensah Nguyen Chen Wang Smith-Jones Taylor-Brown Fitzgerald Kaczmarek Wiśniewski Novák""".split()
NICK = {"William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "James": "Jim", "Michael": "Mike", "Thomas": "Tom", "Katherine": "Kate",
        "Samuel": "Sam", "Daniel": "Dan", "Edward": "Ted", "Richard": "Rick", "Margaret": "Maggie", "Christopher": "Chris", "Matthew": "Matt",
        "Joseph": "Joe", "Anthony": "Tony", "Alexander": "Alex", "Jennifer": "Jenny", "Rebecca": "Becky", "Victoria": "Vicky", "Benjamin": "Ben",
        "Nicholas": "Nick", "Jonathan": "Jon", "Frederick": "Fred", "Stephen": "Steve", "Andrew": "Andy", "David": "Dave", "Jessica": "Jess"}
STREETS = """Mill Lane,High Street,Church Road,Station Road,Park Avenue,Victoria Street,Green Lane,Manor Road,Kings Road,Queens Road,Oldham Road,
Rochdale Road,Union Street,Chapel Street,School Lane,Albert Street,York Street,Princess Street,Bridge Street,North Street,Spring Gardens,
Hollins Road,Coppice Street,Werneth Hall Road,Ashton Road,Lees Road,Huddersfield Road,Shaw Road,Ripponden Road,Copster Hill Road""".replace("\n", "").split(",")
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


SYLLABLES = "ab ad al an ar as at ba be bi bo bu ca ce ch da de di do du el em en er es fa fe fi fo ga ge gi go ha he hi ho ja je jo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu ol on or pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi wa we wi ya yo za ze zi".split()
_weights = {}


def rare(rng, parts):
    # The long tail: names that are rare in a borough (one of many thousands), built from syllables.
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def zipf_pick(rng, items, s=1.1, tail=0.0):
    # Name frequencies fall off like real ones: a few very common names, then a long tail of rare ones.
    if tail and rng.random() < tail:
        return rare(rng, rng.choice([2, 3, 3, 4]))
    if id(items) not in _weights:
        _weights[id(items)] = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=_weights[id(items)])[0]


def nhs_number(rng):
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def postcode(rng):
    return f"OL{rng.randint(1, 16)} {rng.randint(1, 9)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randint(1, len(s) - 2)
    kind = rng.random()
    if kind < 0.4:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if kind < 0.7:
        return s[:i] + s[i + 1:]
    return s[:i] + rng.choice("aeiourstln") + s[i + 1:]


def people(rng, n):
    out = []
    while len(out) < n:
        surname, street = zipf_pick(rng, FAMILY, tail=0.45), rng.choice(STREETS)
        home = (postcode(rng), f"{rng.randint(1, 250)} {street}")
        parents = rng.choice([1, 2, 2, 2])
        parent_year = rng.randint(1950, 1995)
        members = []
        for p in range(parents):
            sex = "F" if p == 0 else "M"
            members.append((zipf_pick(rng, GIVEN_F if sex == "F" else GIVEN_M, tail=0.3), sex, parent_year + rng.randint(-3, 3)))
        for c in range(rng.choice([0, 0, 1, 2, 2, 3, 4])):
            sex = rng.choice("FM")
            given = zipf_pick(rng, GIVEN_F if sex == "F" else GIVEN_M, tail=0.3)
            if sex == "M" and parents == 2 and rng.random() < 0.08:
                given = members[1][0]  # a junior named after his father
            members.append((given, sex, parent_year + rng.randint(20, 35)))
        twins = rng.random() < 0.03 and len(members) > parents
        dates = {}
        for k, (given, sex, year) in enumerate(members):
            if twins and k == len(members) - 1 and k - 1 >= parents:
                dob = dates[k - 1]  # twins share a birthday
                sex = rng.choice("FM")
                given = zipf_pick(rng, GIVEN_F if sex == "F" else GIVEN_M, tail=0.3)
            else:
                dob = f"{min(year, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            dates[k] = dob
            out.append(dict(given=given, family=surname, dob=dob, sex=sex, postcode=home[0], address=home[1], nhs=nhs_number(rng)))
    return out[:n]


def faulty(rng, p):
    q = dict(p)
    if rng.random() < 0.08:
        q["given"] = NICK.get(q["given"], typo(rng, q["given"]))
    elif rng.random() < 0.05:
        q["given"] = typo(rng, q["given"])
    if rng.random() < 0.06:
        q["family"] = typo(rng, q["family"])
    elif q["sex"] == "F" and rng.random() < 0.03:
        q["family"] = zipf_pick(rng, FAMILY, tail=0.45)  # married
    if rng.random() < 0.04:
        y, m, d = q["dob"].split("-")
        q["dob"] = f"{y}-{d}-{m}" if int(d) <= 12 else f"{y}-{m}-{(int(d) % 28) + 1:02d}"
    elif rng.random() < 0.02:
        y, m, d = q["dob"].split("-")
        q["dob"] = f"{int(y) + rng.choice([-1, 1])}-{m}-{d}"
    if rng.random() < 0.12:
        q["postcode"], q["address"] = postcode(rng), f"{rng.randint(1, 250)} {rng.choice(STREETS)}"  # moved
    for field, chance in [("nhs", 0.35), ("postcode", 0.03), ("address", 0.03), ("dob", 0.01), ("sex", 0.02)]:
        if rng.random() < chance:
            q[field] = ""
    return q


def main():
    args = argparse.ArgumentParser()
    args.add_argument("n", type=int)
    args.add_argument("out")
    args.add_argument("--seed", type=int, default=1)
    a = args.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    population = people(rng, int(a.n / 0.85) + 1)
    header = ["id", "given_name", "family_name", "date_of_birth", "sex", "postcode", "address", "nhs_number"]
    with open(f"{a.out}/left.csv", "w", newline="") as lf, open(f"{a.out}/right.csv", "w", newline="") as rf, open(f"{a.out}/truth.csv", "w", newline="") as tf:
        left, right, truth = csv.writer(lf), csv.writer(rf), csv.writer(tf)
        left.writerow(header); right.writerow(header); truth.writerow(["left_id", "right_id"])
        rng.shuffle(population)
        nl = nr = 0
        for i, p in enumerate(population):
            in_left, in_right = rng.random() < 0.92, rng.random() < 0.92
            if in_left and nl < a.n:
                nl += 1
                left.writerow([f"L{i}", p["given"], p["family"], p["dob"], p["sex"], p["postcode"], p["address"], p["nhs"] if rng.random() < 0.8 else ""])
            else:
                in_left = False
            if in_right and nr < a.n:
                nr += 1
                q = faulty(rng, p)
                right.writerow([f"R{i}", q["given"], q["family"], q["dob"], q["sex"], q["postcode"], q["address"], q["nhs"]])
            else:
                in_right = False
            if in_left and in_right:
                truth.writerow([f"L{i}", f"R{i}"])


if __name__ == "__main__":
    main()
