#!/usr/bin/env bash
# Reproduces the turning-point figures of BENCHMARKS.md: PELT on a 100,000-point series with 50
# true changes (change in mean, change in mean and variance, MBIC) and Bayesian online change-point
# detection per observation over the same 100,000 values. One JVM, warmed up first.
#
# Usage: bench/changes.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"

./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
cp="entente-core/target/test-classes:entente-core/target/classes"
java -XX:+UseSerialGC -Xmx1g -cp "$cp" org.entente.analyze.change.ChangeBenchmark | tee "$out/changes.md"
