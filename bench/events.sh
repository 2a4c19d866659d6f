#!/usr/bin/env bash
# Reproduces "Events at scale" in BENCHMARKS.md: generated GDELT 2.0 files of 2M and 10M rows
# (entente-core/src/test/java/org/entente/ingest/GdeltGenerator.java, from the real 15-minute
# sample), imported into a fresh store; then one dyad-month series through the CLI, the in-process
# p50/p95 of 200 dyad-month series (EventQueryBenchmark), and the same series computed by a pandas
# script (bench/events_pandas.py) and by plain DuckDB read_csv + GROUP BY (DuckDbDyadMonthBaseline),
# whose outputs are checked to equal Entente's.
#
# Usage: bench/events.sh [ROWS...]        (default: 2000000 10000000)
# Needs: GNU time and Debian's python3-pandas (apt-get install -y time python3-pandas); about
# 5 GB free under bench/out for the 10M-row file and its store.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out/events"
mkdir -p "$out"
export ENTENTE_HOME="$out/home"
python=/usr/bin/python3   # Debian's, where python3-pandas installs

./mvnw -q -B -Dspotless.check.skip=true -DskipTests package
./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/cp.txt")"
sample=entente-core/src/test/resources/fixtures/events/20150218230000.export.CSV

echo "== a store with the bundled data (not timed)"
./entente status --db "$out/base.duckdb" >/dev/null

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000000 10000000)
for rows in "${sizes[@]}"; do
  file="$out/gdelt-$rows.export.CSV"
  [ -f "$file" ] || java -cp "$cp" org.entente.ingest.GdeltGenerator "$sample" "$rows" "$file"
  echo "== $rows rows: $(du -h "$file" | cut -f1)"
  store="$out/store-$rows.duckdb"
  rm -f "$store" "$store.wal"
  cp "$out/base.duckdb" "$store"
  # ./entente execs java, so GNU time measures the JVM itself.
  /usr/bin/time -f "import: %e s wall, %M KiB max RSS" \
    ./entente import-events --db "$store" "$file" 2>&1 | grep -v '^Reading'
  # The busiest pair, so that the series has something in it.
  pair=$(java -cp "$cp" org.entente.store.EventQueryBenchmark "$store" | tee "$out/query-$rows.txt" \
    | sed -E 's/.*busiest ([A-Z]{3})-([A-Z]{3}).*/\1 \2/')
  cat "$out/query-$rows.txt"
  set -- $pair
  /usr/bin/time -f "entente events $1 $2 --by month (CLI, JVM start included): %e s, %M KiB" \
    ./entente events "$1" "$2" --db "$store" --by month --format csv > "$out/entente-$rows.csv"
  /usr/bin/time -f "pandas: %e s wall, %M KiB max RSS" \
    "$python" bench/events_pandas.py "$file" "$1" "$2" > "$out/pandas-$rows.csv"
  /usr/bin/time -f "plain DuckDB read_csv + GROUP BY: %e s wall, %M KiB max RSS" \
    java -cp "$cp" org.entente.store.DuckDbDyadMonthBaseline "$file" "$1" "$2" > "$out/duckdb-$rows.csv"
  # Same numbers: Entente's event columns (its score columns are the bundled GDELT scores) against
  # both baselines, Goldstein sums to four decimals.
  "$python" - "$out/entente-$rows.csv" "$out/pandas-$rows.csv" "$out/duckdb-$rows.csv" <<'PY'
import csv, sys
def rows(path):
    out = {}
    for r in csv.DictReader(open(path)):
        if r["events"]:
            out[r["period"]] = (int(r["events"]), int(r["verbal_coop"]), int(r["material_coop"]),
                                int(r["verbal_conflict"]), int(r["material_conflict"]),
                                round(float(r["goldstein_sum"]), 4))
    return out
e, p, d = (rows(f) for f in sys.argv[1:4])
assert e == p == d, "the three series differ"
print(f"same series from Entente, pandas and DuckDB: {len(e)} months, {sum(v[0] for v in e.values())} events")
PY
done
