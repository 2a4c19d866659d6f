#!/usr/bin/env bash
# Reproduces the ideal-point figures of BENCHMARKS.md ("Ideal points (issue 9)"): loads the bundled
# UN votes into a temporary store, then times the estimation of sessions 1-75 (reading the votes
# from the store included, loading not) on two cores, and prints the Pearson correlation with
# Bailey, Strezhnev & Voeten's published estimates, overall and per decade. Peak memory (maximum
# resident set size of the whole JVM, store included) comes from GNU time.
#
# Usage: bench/idealpoints.sh            (needs GNU time: apt-get install -y time)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"

./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/core-classpath.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/core-classpath.txt")"
/usr/bin/time -f "peak RSS %M KB, wall %e s (with loading the votes)" \
  java -XX:ActiveProcessorCount=2 -Xmx1g -Drounds=3 -cp "$cp" org.entente.analyze.IdealPointsBenchmark \
  2>&1 | tee "$out/idealpoints.txt"
