"""Runs `sharewell stratify` and DuckDB's SQL of the same rule on the same indicators file, one after
the other, checks their outputs are byte for byte identical, and prints one table: wall time (whole
process) and peak memory for each, and the ratios.

    python run.py SHAREWELL_BINARY OUT_DIR ROWS
"""
import filecmp, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF, MONTHS = "2026-09-15", 6


def measured(command, out):
    start = time.monotonic()
    with open(out, "w") as f:
        process = subprocess.Popen(command, stdout=f, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024 / 1024  # seconds, GiB


def main():
    binary, folder, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(folder, exist_ok=True)
    data = os.path.join(folder, f"indicators-{rows}.csv")
    if not os.path.exists(data):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(rows), data, "--as-of", AS_OF], check=True)
    cases = [("person list, N=3", ["--level", "person", "--min-flags", "3"], ["person", "3"]),
             ("household list, N=3", ["--level", "household", "--min-flags", "3"], ["household", "3"]),
             ("sweep, both levels", ["--sweep"], ["sweep"])]
    table = []
    for name, ours_args, their_args in cases:
        ours_out, their_out = (os.path.join(folder, f"{tool}-{their_args[0]}.csv") for tool in ("sharewell", "duckdb"))
        ours = measured([binary, "stratify", "--indicators", data, "--as-of", AS_OF, "--months", str(MONTHS)] + ours_args, ours_out)
        theirs = measured([sys.executable, os.path.join(HERE, "duckdb_stratify.py"), data, AS_OF, str(MONTHS)] + their_args + [their_out], "/dev/null")
        same = filecmp.cmp(ours_out, their_out, shallow=False)
        lines = sum(1 for _ in open(ours_out)) - 1
        table.append((name, ours, theirs, same, lines))
    size = os.path.getsize(data) / 1e6
    print(f"\nStratify: sharewell stratify against DuckDB's SQL, {rows} rows ({size:.0f} MB), {os.cpu_count()} cores; wall time is the whole process\n")
    print(f"{'case':<20} {'sharewell s':>11} {'GiB':>6} {'duckdb s':>9} {'GiB':>6} {'time ratio':>10} {'memory ratio':>12}  output")
    for name, (w1, m1), (w2, m2), same, lines in table:
        print(f"{name:<20} {w1:>11.2f} {m1:>6.2f} {w2:>9.2f} {m2:>6.2f} {w1 / w2:>10.2f} {m1 / m2:>12.2f}  {lines} rows, {'identical' if same else 'DIFFERENT'}")
    if not all(row[3] for row in table):
        sys.exit("outputs differ")


if __name__ == "__main__":
    main()
