#!/usr/bin/env bash
# Reproduces the name-search figures of BENCHMARKS.md: precision and recall of `sanctions search`
# on the evaluation set (entente-core/src/test/resources/org/entente/analyze/
# name-search-evaluation.tsv) and time per query over the whole bundled UN + SDN lists, for the
# Lucene index and for a naive linear scan scoring every name. One JVM, warmed up first.
#
# Usage: bench/names.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"

./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/core-classpath.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/core-classpath.txt")"
java -XX:+UseSerialGC -Xmx1g -cp "$cp" org.entente.analyze.NameSearchBenchmark | tee "$out/names.md"
