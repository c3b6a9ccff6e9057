"""Runs sharewell link and Splink 5 on the same files, one after the other, and prints one table:
wall time (whole process), peak memory, precision, recall and F1 for each, and the ratios.

    python run.py SHAREWELL_BINARY OUT_DIR SIZE [SIZE ...]   (sizes: numbers of records per file, or febrl4, heldout:N)
"""
import csv, os, resource, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def measured(command):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024 / 1024  # seconds, GiB


def scored(pairs, truth):
    t = {(r["left_id"], r["right_id"]) for r in csv.DictReader(open(truth))}
    g = {(r["left_id"], r["right_id"]) for r in csv.DictReader(open(pairs))}
    tp = len(t & g)
    p, r = tp / max(1, len(g)), tp / max(1, len(t))
    return p, r, 2 * p * r / max(1e-12, p + r)


def files(case, out):
    folder = os.path.join(out, case.replace(":", "-"))
    if not os.path.exists(os.path.join(folder, "truth.csv")):
        if case == "febrl4":
            subprocess.run([sys.executable, os.path.join(HERE, "febrl4.py"), folder], check=True)
        elif case.startswith("heldout:"):
            subprocess.run([sys.executable, os.path.join(HERE, "heldout.py"), case.split(":")[1], folder], check=True)
        else:
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), case, folder], check=True)
    return folder


def main():
    binary, out, cases = sys.argv[1], sys.argv[2], sys.argv[3:]
    rows = []
    for case in cases:
        folder = files(case, out)
        left, right, truth = (os.path.join(folder, f) for f in ("left.csv", "right.csv", "truth.csv"))
        ours = measured([binary, "link", "--left", left, "--right", right, "--out", os.path.join(folder, "sharewell.csv")])
        theirs = measured([sys.executable, os.path.join(HERE, "splink_link.py"), left, right, os.path.join(folder, "splink.csv")])
        rows.append((case, ours, scored(os.path.join(folder, "sharewell.csv"), truth), theirs, scored(os.path.join(folder, "splink.csv"), truth)))
        print(f"done {case}", file=sys.stderr)
    print(f"\nLinkage: sharewell link against Splink 5 (DuckDB), {os.cpu_count()} cores; wall time is the whole process\n")
    print(f"{'data':<14} {'tool':<10} {'wall s':>8} {'peak GiB':>9} {'precision':>10} {'recall':>8} {'F1':>8}")
    for case, ours, our_score, theirs, their_score in rows:
        for name, (wall, peak), (p, r, f1) in [("sharewell", ours, our_score), ("splink", theirs, their_score)]:
            print(f"{case:<14} {name:<10} {wall:>8.1f} {peak:>9.2f} {p:>10.4f} {r:>8.4f} {f1:>8.4f}")
        print(f"{case:<14} {'ratio':<10} {ours[0] / theirs[0]:>8.2f} {ours[1] / theirs[1]:>9.2f} {'':>10} {'':>8} {our_score[2] - their_score[2]:>+8.4f}")


if __name__ == "__main__":
    main()
