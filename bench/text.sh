#!/usr/bin/env bash
# Japanese sentences per second through the text chain (normalise, split, Kuromoji tokens, actors)
# on one thread, over the given articles. Results go to BENCHMARKS.md.
# With --score, extracts the events of one text as `entente extract --format jsonl` does and prints
# the line of bench/text/score_events.py against its gold (default: the seed's gold, for the seed
# briefing, which is not in the repository: pass your copy).
#
# Usage: bench/text.sh FILE...
#        bench/text.sh --score TEXT [GOLD.jsonl]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() {
  echo "usage: bench/text.sh FILE...   (the articles to time, e.g. the seed briefing)" >&2
  echo "       bench/text.sh --score TEXT [GOLD.jsonl]   (GOLD default: the seed's gold," >&2
  echo "       entente-core/src/test/resources/fixtures/text-gold/seed.gold.jsonl)" >&2
  exit 2
}
[ $# -gt 0 ] || usage
main=org.entente.text.TextBenchmark
if [ "$1" = "--score" ]; then
  [ $# -eq 2 ] || [ $# -eq 3 ] || usage
  main=org.entente.text.events.ExtractionScore
  set -- "$2" "${3:-$root/entente-core/src/test/resources/fixtures/text-gold/seed.gold.jsonl}"
fi
# The files as given, before the cd below.
files=()
for f in "$@"; do
  [ -f "$f" ] || { echo "bench/text.sh: no file $f" >&2; exit 2; }
  files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done
cd "$root"
mkdir -p "$root/bench/out"
./mvnw -q -B -o test-compile -pl entente-core
./mvnw -q -B -o dependency:build-classpath -pl entente-core -Dmdep.outputFile="$root/bench/out/text-classpath.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$root/bench/out/text-classpath.txt")"
if [ "$main" = org.entente.text.events.ExtractionScore ]; then
  exec java -cp "$cp" "$main" "${files[@]}"
fi
# One core: the JIT and GC get their own threads, the chain runs on one.
taskset -c 0 java -XX:+UseSerialGC -cp "$cp" "$main" "${files[@]}"
