#!/usr/bin/env bash
# Reproduces "Events at DuckDB's speed" in BENCHMARKS.md (and, with the old path beside it, "Events
# at scale"): generated GDELT 2.0 files (entente-core/src/test/java/org/entente/ingest/
# GdeltGenerator.java, from the real 15-minute sample) of 2M and 10M rows, each in one run:
#   1. import-events into a fresh copy of a store with the bundled data (the bulk path), end to end;
#   2. the same file through the path before it (RowByRowImport: Java reader, DuckDB appender),
#      and the floor under both: plain DuckDB copying the kept fields into a store (DuckDbStoreFloor);
#   3. events --all --by day on both stores, checked to be the same bytes, against plain DuckDB
#      read_csv + DISTINCT ON + GROUP BY (DuckDbAllDyadsBaseline);
#   4. the in-process p50/p95 of 200 dyad-month series (EventQueryBenchmark), then one series
#      through the CLI, a pandas script (bench/events_pandas.py) and plain DuckDB read_csv +
#      GROUP BY (DuckDbDyadMonthBaseline), whose outputs are checked to equal Entente's;
#   5. for the largest file only: the import again, into another store, while `serve` answers
#      event queries from a copy of the first store (every request a new question, so none is
#      answered from the server's cache); latencies and failures during the import.
#
# Usage: bench/events.sh [ROWS...]        (default: 2000000 10000000)
# Needs: GNU time, curl and Debian's python3-pandas (apt-get install -y time curl python3-pandas);
# about 12 GB free under bench/out for the 10M-row file and its three stores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out/events"
mkdir -p "$out"
export ENTENTE_HOME="$out/home"
python=/usr/bin/python3   # Debian's, where python3-pandas installs
jvm=(java -XX:+UseSerialGC -Xss4m -Xmx2g)   # the launcher's options, for the in-process tools

./mvnw -q -B -Dspotless.check.skip=true -DskipTests package
./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/cp.txt")"
sample=entente-core/src/test/resources/fixtures/events/20150218230000.export.CSV
echo "== $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== a store with the bundled data (not timed)"
./entente status --db "$out/base.duckdb" >/dev/null

fresh() {  # a copy of the base store at $1
  rm -f "$1" "$1.wal"
  cp "$out/base.duckdb" "$1"
}

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000000 10000000)
for rows in "${sizes[@]}"; do
  file="$out/gdelt-$rows.export.CSV"
  [ -f "$file" ] || java -cp "$cp" org.entente.ingest.GdeltGenerator "$sample" "$rows" "$file"
  echo "== $rows rows: $(du -h "$file" | cut -f1)"
  store="$out/store-$rows.duckdb"
  fresh "$store"
  # ./entente execs java, so GNU time measures the JVM itself, start included.
  /usr/bin/time -f "import-events (bulk path): %e s wall, %M KiB max RSS" \
    ./entente import-events --db "$store" "$file" 2>&1 | grep -v '^Reading'
  old="$out/old-$rows.duckdb"
  fresh "$old"
  /usr/bin/time -f "import, row by row (the path before): %e s wall, %M KiB max RSS" \
    "${jvm[@]}" -cp "$cp" org.entente.store.RowByRowImport "$old" "$file"
  # The floor under any import into a store: DuckDB copies the kept fields into a table, no checks.
  /usr/bin/time -f "plain DuckDB read_csv into a store file, the kept fields, nothing checked: %e s wall, %M KiB max RSS" \
    "${jvm[@]}" -cp "$cp" org.entente.store.DuckDbStoreFloor "$file" "$out/floor.duckdb"
  rm -f "$out/floor.duckdb" "$out/floor.duckdb.wal"

  # The first command to read a store after an import fits the relation model again (about 10 s
  # here); not timed, so that what follows is the query's own time.
  ./entente status --db "$store" >/dev/null 2>&1
  ./entente status --db "$old" >/dev/null 2>&1
  /usr/bin/time -f "events --all --by day (CLI): %e s wall, %M KiB max RSS" \
    ./entente events --all --by day --format csv --db "$store" > "$out/all-$rows.csv"
  ./entente events --all --by day --format csv --db "$old" > "$out/all-old-$rows.csv"
  cmp "$out/all-$rows.csv" "$out/all-old-$rows.csv"
  echo "same events --all from both paths: $(($(wc -l < "$out/all-$rows.csv") - 1)) rows"
  /usr/bin/time -f "plain DuckDB read_csv + DISTINCT ON + GROUP BY, every dyad-day: %e s wall, %M KiB max RSS" \
    "${jvm[@]}" -cp "$cp" org.entente.store.DuckDbAllDyadsBaseline "$file"

  # The busiest pair, so that the series has something in it.
  pair=$(java -cp "$cp" org.entente.store.EventQueryBenchmark "$store" | tee "$out/query-$rows.txt" \
    | sed -E 's/.*busiest ([A-Z]{3})-([A-Z]{3}).*/\1 \2/')
  cat "$out/query-$rows.txt"
  set -- $pair
  /usr/bin/time -f "entente events $1 $2 --by month (CLI, JVM start included): %e s, %M KiB" \
    ./entente events "$1" "$2" --db "$store" --by month --format csv > "$out/entente-$rows.csv"
  /usr/bin/time -f "pandas: %e s wall, %M KiB max RSS" \
    "$python" bench/events_pandas.py "$file" "$1" "$2" > "$out/pandas-$rows.csv"
  /usr/bin/time -f "plain DuckDB read_csv + GROUP BY, one series: %e s wall, %M KiB max RSS" \
    "${jvm[@]}" -cp "$cp" org.entente.store.DuckDbDyadMonthBaseline "$file" "$1" "$2" \
    > "$out/duckdb-$rows.csv"
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
  rm -f "$old" "$old.wal"
done

echo "== the ${rows}-row import again while serve answers from a copy of the store"
served="$out/served.duckdb"
cp "$store" "$served"
./entente status --db "$served" >/dev/null 2>&1
./entente serve --db "$served" --port 0 >"$out/serve.out" 2>"$out/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$out/serve.out")"
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || { echo "the server did not start:"; cat "$out/serve.err"; exit 1; }
second="$out/second-$rows.duckdb"
fresh "$second"
/usr/bin/time -f "import-events beside serve: %e s wall, %M KiB max RSS" \
  ./entente import-events --db "$second" "$file" > "$out/second.txt" 2>&1 &
importer=$!
# Event series of pairs of twelve states by year, each asked once (a new question each time, so
# none is answered from the server's cache), until the import ends.
states=(USA CHN RUS GBR FRA DEU JPN IND IRN ISR UKR PAK)
: > "$out/latency.txt"
failed=0
round=0
while kill -0 "$importer" 2>/dev/null && [ "$round" -lt 28 ]; do
  for a in "${states[@]}"; do
    for b in "${states[@]}"; do
      [ "$a" \< "$b" ] || continue
      kill -0 "$importer" 2>/dev/null || break 2
      y=$((2015 + (round + ${#a} * 7 + ${#b}) % 10))
      code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' \
        "http://127.0.0.1:$port/api/v1/events?a=$a&b=$b&by=month&from=$y-01-01&to=$y-12-$((31 - round))")
      [ "${code%% *}" = 200 ] || failed=$((failed + 1))
      echo "${code#* }" >> "$out/latency.txt"
    done
  done
  round=$((round + 1))
done
wait "$importer"
grep -v '^Reading' "$out/second.txt"
kill "$server"
"$python" - "$out/latency.txt" "$failed" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
pick = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"serve during the import: {len(t)} event queries, {sys.argv[2]} failed, "
      f"p50 {pick(0.5):.1f} ms, p95 {pick(0.95):.1f} ms, max {t[-1]:.1f} ms")
PY
rm -f "$second" "$second.wal" "$served" "$served.wal"
