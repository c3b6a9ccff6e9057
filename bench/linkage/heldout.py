"""Held-out data for the linkage engine, from a generator that is not ours in spirit: its own
fault model and raw formatting (mixed case, postcodes without a space or in lower case, NHS
numbers written in groups, dates as DD/MM/YYYY), so the engine's method is checked, not its fit
to generate.py.

    python3 heldout.py N OUT_DIR [--seed S]
"""
import argparse, csv, os, random

# The NHS number check digit is a standard, not a fault model: the one rule shared with generate.py.
from generate import nhs_number as nhs

FIRST = ["Aaliyah", "Abdul", "Ada", "Adrian", "Agnes", "Aidan", "Alan", "Alfie", "Alison", "Amir", "Andrea", "Angus", "Anita", "Arjun", "Barbara",
         "Barry", "Beatrice", "Bernard", "Brenda", "Bryony", "Carl", "Carol", "Cerys", "Colin", "Damian", "Deepa", "Denise", "Derek", "Dominic",
         "Eileen", "Eric", "Esther", "Farah", "Fiona", "Gavin", "Gillian", "Glenn", "Gordon", "Gwen", "Hamza", "Heather", "Hugh", "Imran", "Irene",
         "Ivan", "Janet", "Jeremy", "Jill", "Kamal", "Keith", "Kerry", "Kevin", "Leon", "Linda", "Lorna", "Malcolm", "Marcus", "Maureen", "Nadia",
         "Neil", "Nigel", "Norman", "Owen", "Pamela", "Philip", "Rhys", "Rita", "Rohan", "Ruth", "Sandra", "Shirley", "Simon", "Sunil", "Tanya",
         "Trevor", "Una", "Valerie", "Vincent", "Wendy", "Yasmin", "Zara"]
LAST = ["Abbott", "Acheampong", "Ainsworth", "Bamford", "Bhatti", "Blackwood", "Brennan", "Buckley", "Chaudhry", "Cheetham", "Crossley", "Dalton",
        "Dewhurst", "Duckworth", "Farooq", "Fielding", "Greenwood", "Haworth", "Hepworth", "Holden", "Ingham", "Kershaw", "Lomax", "Mahmood",
        "McGuinness", "Nuttall", "Ogden", "Pilkington", "Quinn", "Ramsbottom", "Riaz", "Schofield", "Shackleton", "Sutcliffe", "Tattersall",
        "Uddin", "Whitworth", "Wolstenholme", "Yousaf", "Zaman", "Smith", "Jones", "Taylor", "Brown", "Khan", "Patel"]
ROADS = ["Cross Street", "Market Place", "Moor Lane", "Bank Top", "Fold Road", "Cheapside", "Bottom o' th' Moor", "St. Mary's Way", "Brook Street"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    header = ["id", "given_name", "family_name", "date_of_birth", "sex", "postcode", "address", "nhs_number"]
    with open(f"{a.out}/left.csv", "w", newline="") as lf, open(f"{a.out}/right.csv", "w", newline="") as rf, open(f"{a.out}/truth.csv", "w", newline="") as tf:
        L, R, T = csv.writer(lf), csv.writer(rf), csv.writer(tf)
        L.writerow(header); R.writerow(header); T.writerow(["left_id", "right_id"])
        i = 0
        while i < a.n:
            family, road, pc = rng.choice(LAST), rng.choice(ROADS), f"BL{rng.randint(0, 9)} {rng.randint(0, 9)}{rng.choice('ABDEHJLNPRSTW')}{rng.choice('ABDEHJLNPRSTW')}"
            house = rng.randint(1, 120)
            for _ in range(rng.choice([1, 1, 2, 3, 4, 6])):
                if i >= a.n:
                    break
                sex = rng.choice("MF")
                first, born = rng.choice(FIRST), f"{rng.randint(1940, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                number = nhs(rng)
                L.writerow([f"A{i}", first, family, born, sex, pc, f"{house} {road}", number])
                if rng.random() < 0.85:
                    # This generator's own faults and formatting.
                    f2 = first.upper() if rng.random() < 0.3 else first.lower() if rng.random() < 0.3 else first
                    if rng.random() < 0.05:
                        f2 = f2[:-1]
                    l2 = family if rng.random() > 0.04 else family.replace("a", "e", 1)
                    y, m, d = born.split("-")
                    b2 = f"{d}/{m}/{y}" if rng.random() < 0.5 else born
                    if rng.random() < 0.03:
                        b2 = f"{m}/{d}/{y}"
                    p2 = pc.replace(" ", "").lower() if rng.random() < 0.4 else pc
                    if rng.random() < 0.1:
                        p2, h2 = f"BL{rng.randint(0, 9)} {rng.randint(0, 9)}AA", rng.randint(1, 120)
                    else:
                        h2 = house
                    n2 = f"{number[:3]} {number[3:6]} {number[6:]}" if rng.random() < 0.5 else number
                    if rng.random() < 0.3:
                        n2 = ""
                    R.writerow([f"B{i}", f2, l2.upper() if rng.random() < 0.2 else l2, b2, sex.lower() if rng.random() < 0.3 else sex, p2, f"{h2}, {road}", n2])
                    T.writerow([f"A{i}", f"B{i}"])
                i += 1
            if rng.random() < 0.15:
                R.writerow([f"X{i}", rng.choice(FIRST), family, f"{rng.randint(1940, 2023)}-01-01", rng.choice("MF"), pc, f"{house} {road}", ""])


if __name__ == "__main__":
    main()
