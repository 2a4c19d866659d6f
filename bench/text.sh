#!/usr/bin/env bash
# Japanese sentences per second through the text chain (normalise, split, Kuromoji tokens, actors)
# on one thread, over the given articles (default: the seed briefing). Results go to BENCHMARKS.md.
#
# Usage: bench/text.sh [FILE...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ $# -eq 0 ]; then
  set -- "$root/../shared/seed/000_773c8fdd13e22dec.txt"
fi
mkdir -p "$root/bench/out"
./mvnw -q -B -o test-compile -pl entente-core
./mvnw -q -B -o dependency:build-classpath -pl entente-core -Dmdep.outputFile="$root/bench/out/text-classpath.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$root/bench/out/text-classpath.txt")"
# One core: the JIT and GC get their own threads, the chain runs on one.
taskset -c 0 java -XX:+UseSerialGC -cp "$cp" org.entente.text.TextBenchmark "$@"
