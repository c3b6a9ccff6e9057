"""The stratify rule (issue 8) in DuckDB's SQL, for the side-by-side benchmark: the same CSV in, the
same CSV out as `sharewell stratify`.

    python3 duckdb_stratify.py FILE AS_OF MONTHS (person MIN | household MIN | sweep) OUT.csv
"""
import sys

import duckdb

path, as_of, months, what = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
out = sys.argv[-1]
con = duckdb.connect()
con.execute(f"""CREATE VIEW rows AS SELECT * FROM read_csv('{path}', header = true, columns = {{
    'person_id': 'VARCHAR', 'household_id': 'VARCHAR', 'code': 'VARCHAR', 'category': 'VARCHAR', 'date': 'DATE'}})
    WHERE date > DATE '{as_of}' - INTERVAL {months} MONTH AND date <= DATE '{as_of}'""")


def counted(column):
    """Distinct codes per id, with how many are health codes, for those with both kinds."""
    return f"""SELECT {column} AS id, count(*) AS flags, count(*) FILTER (WHERE category = 'health') AS health_flags,
        count(*) FILTER (WHERE category = 'non-health') AS non_health_flags
        FROM (SELECT DISTINCT {column}, code, category FROM rows WHERE {column} IS NOT NULL)
        GROUP BY {column} HAVING health_flags >= 1 AND non_health_flags >= 1"""


if what in ("person", "household"):
    column = "person_id" if what == "person" else "household_id"
    sql = f"SELECT * FROM ({counted(column)}) WHERE flags >= {int(sys.argv[5])} ORDER BY flags DESC, id"
else:
    sql = f"""WITH p AS ({counted('person_id')}), h AS ({counted('household_id')}), n AS (SELECT range AS min_flags FROM range(1, 9))
        SELECT min_flags, (SELECT count(*) FROM p WHERE flags >= min_flags) AS persons,
               (SELECT count(*) FROM h WHERE flags >= min_flags) AS households FROM n ORDER BY min_flags"""
con.execute(f"COPY ({sql}) TO '{out}' (HEADER, DELIMITER ',')")
