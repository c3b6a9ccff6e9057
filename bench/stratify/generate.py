"""Council and health indicator rows for the stratify benchmark (issue 8): `person_id,household_id,
code,category,date`, about ROWS rows for about ROWS/10 people in households of one to six, written
dataset by dataset (as extracts arrive: a person's rows are scattered through the file), dates over
the two years before the as-of date and a little after it.

    python3 generate.py ROWS OUT.csv [--as-of 2026-09-15] [--seed S]
"""
import argparse, datetime, random

HEALTH = [f"GP{n}" for n in range(1, 13)] + ["AE", "MAT-SMOKE", "MAT-LATE", "HV-MISSED", "CAMHS", "SUBSTANCE"]
NON_HEALTH = ["ASB", "DV", "NEET", "EXCL", "PA", "CIN", "CP", "YOT", "ARREARS", "HOMELESS", "BENEFIT-CAP", "POLICE",
              "EH-CLOSED", "TRUANCY", "FSM", "CME", "CARER", "EVICT", "DEBT", "MISSING"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--as-of", default="2026-09-15")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    as_of = datetime.date.fromisoformat(a.as_of)
    people = max(1, a.rows // 10)
    # Households of one to six; some people (about 3%) have no household.
    household, h = [], 0
    while len(household) < people:
        size = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
        household.extend([f"H{h}"] * size)
        h += 1
    household = [("" if rng.random() < 0.03 else x) for x in household[:people]]
    days = [(as_of - datetime.timedelta(days=d)).isoformat() for d in range(-30, 730)]
    datasets = [(code, "health") for code in HEALTH] + [(code, "non-health") for code in NON_HEALTH]
    # A few people carry most of the indicators, as in the pilot's data.
    weights = [rng.paretovariate(1.5) for _ in range(people)]
    with open(a.out, "w") as f:
        f.write("person_id,household_id,code,category,date\n")
        per_dataset = a.rows // len(datasets)
        for code, category in datasets:
            chosen = rng.choices(range(people), weights=weights, k=per_dataset)
            f.write("".join(f"P{p},{household[p]},{code},{category},{rng.choice(days)}\n" for p in chosen))


if __name__ == "__main__":
    main()
