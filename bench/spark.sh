#!/usr/bin/env bash
# Reproduces "Events on Spark" in BENCHMARKS.md: a generated GDELT 2.0 file (GdeltGenerator, as in
# bench/events.sh) through the cluster job in Spark local[2] and through the embedded path
# (import-events, then events --all, which writes the same rows), on this machine; the two outputs
# are checked to be the same rows. Then the same rows split into 1, 2, 4 and 8 files through the
# job, for its scaling over input files.
#
# Usage: bench/spark.sh [ROWS]        (default 10000000)
# Needs: GNU time (apt-get install -y time); for 10M rows about 12 GB free under bench/out.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rows="${1:-10000000}"
out="$root/bench/out/spark"
mkdir -p "$out"
export ENTENTE_HOME="$out/home"
# Spark's heap for local mode; the embedded path keeps the launcher's default (-Xmx2g) and
# DuckDB's 2 GB limit.
export ENTENTE_SPARK_JAVA_OPTS="${ENTENTE_SPARK_JAVA_OPTS:--Xmx6g}"

./mvnw -q -B -Dspotless.check.skip=true -DskipTests install
./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/cp.txt")"
sample=entente-core/src/test/resources/fixtures/events/20150218230000.export.CSV

file="$out/gdelt-$rows.export.CSV"
[ -f "$file" ] || java -cp "$cp" org.entente.ingest.GdeltGenerator "$sample" "$rows" "$file"
echo "== $rows rows: $(du -h "$file" | cut -f1), $(nproc) cores"

echo "== a store with the bundled data (not timed)"
./entente status --db "$out/base.duckdb" >/dev/null

echo "== embedded: import-events, then events --all --by day"
store="$out/embedded-$rows.duckdb"
rm -f "$store" "$store.wal"
cp "$out/base.duckdb" "$store"
/usr/bin/time -f "embedded import-events: %e s wall, %M KiB max RSS" \
  ./entente import-events --db "$store" "$file" 2>&1 | grep -v '^Reading'
/usr/bin/time -f "embedded events --all --by day: %e s wall, %M KiB max RSS" \
  ./entente events --all --by day --format csv --db "$store" > "$out/embedded-$rows.csv"

echo "== plain DuckDB: the same work without Entente's checks and dictionaries, storing nothing"
/usr/bin/time -f "plain DuckDB read_csv + DISTINCT ON + GROUP BY: %e s wall, %M KiB max RSS" \
  java -cp "$cp" org.entente.store.DuckDbAllDyadsBaseline "$file"

echo "== Spark local[2]: entente-spark aggregate --by day"
agg="$out/agg-$rows"
rm -rf "$agg"
/usr/bin/time -f "spark aggregate, 1 file: %e s wall, %M KiB max RSS" \
  ./entente-spark aggregate --master 'local[2]' --by day --out "$agg" "$file"

echo "== same rows: the job's output imported into a fresh store, events --all again"
check="$out/check-$rows.duckdb"
rm -f "$check" "$check.wal"
cp "$out/base.duckdb" "$check"
./entente import-events --db "$check" --dataset aggregate "$agg" 2>&1 | grep -v '^Checking\|^Writing'
./entente events --all --by day --format csv --db "$check" > "$out/spark-$rows.csv"
cmp "$out/embedded-$rows.csv" "$out/spark-$rows.csv"
echo "same rows: $(($(wc -l < "$out/spark-$rows.csv") - 1)) aggregate rows"

echo "== scaling over input files (the same rows split by lines)"
for n in 1 2 4 8; do
  parts="$out/parts-$rows-$n"
  if [ ! -d "$parts" ]; then
    mkdir -p "$parts"
    split -n "l/$n" -d -a 2 --additional-suffix=.export.CSV "$file" "$parts/part-"
  fi
  rm -rf "$out/agg-$rows-$n"
  /usr/bin/time -f "spark aggregate, $n file(s): %e s wall, %M KiB max RSS" \
    ./entente-spark aggregate --master 'local[2]' --by day --out "$out/agg-$rows-$n" "$parts" \
    2>&1 | grep -v '^\[Stage'
done
