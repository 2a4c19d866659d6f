#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: wall time and memory of all-pairs UN-vote alignment, Entente against
# Erik Voeten's published R script (DyadicAgreementScores.R) on the same sessions.
#
# Usage: UNVOTES_DIR=... VOETEN_DIR=... bench/run.sh
#        bench/run.sh --no-r
# Needs: hyperfine and GNU time (apt-get install -y hyperfine time); for the R side
#        r-base-core r-cran-dplyr r-cran-tidyr r-cran-tidyverse and the script's inputs, which are
#        not in the repository, in UNVOTES_DIR and VOETEN_DIR (see bench/voeten/README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${1:-}" != "--no-r" ]; then
  # Checked here rather than after the Entente timings.
  : "${UNVOTES_DIR:?set UNVOTES_DIR and VOETEN_DIR for the R script (bench/voeten/README.md), or pass --no-r}"
  : "${VOETEN_DIR:?set UNVOTES_DIR and VOETEN_DIR for the R script (bench/voeten/README.md), or pass --no-r}"
fi
out="$root/bench/out"
mkdir -p "$out"
# A store of its own, so the benchmark neither reads nor changes the user's.
export ENTENTE_HOME="$out/home"

echo "== build and first load (not timed)"
./entente status >/dev/null

echo "== Entente wall time (JVM start included), hyperfine"
hyperfine --warmup 2 --runs 10 --export-markdown "$out/entente.md" \
  -n 'all pairs, sessions 1-80' './entente alignment --all --by session --format csv > /dev/null' \
  -n 'all pairs, sessions 70-74' './entente alignment --all --by session --from 2015 --to 2019 --format csv > /dev/null' \
  -n 'all pairs, years 1946-2026' './entente alignment --all --by year --format csv > /dev/null' \
  -n 'one dyad, CHN-RUS by year' './entente alignment CHN RUS --by year --format csv > /dev/null'
cat "$out/entente.md"

echo "== first use: loading the bundled votes into a new store"
hyperfine --runs 3 --prepare "rm -rf '$out/load'" --export-markdown "$out/load.md" \
  -n 'first use (load 982,334 votes)' "ENTENTE_HOME='$out/load' ./entente status > /dev/null"
/usr/bin/time -f "%M KiB max RSS, %e s: first use" env ENTENTE_HOME="$out/load-rss" ./entente status > /dev/null
rm -rf "$out/load-rss"

echo "== Entente maximum resident set size"
for args in "--all --by session --format csv" "--all --by session --from 2015 --to 2019 --format csv"; do
  # ./entente execs java, so GNU time measures the JVM itself.
  /usr/bin/time -f "%M KiB max RSS, %e s: entente alignment $args" ./entente alignment $args > "$out/rows.csv"
  echo "   $(($(wc -l < "$out/rows.csv") - 1)) rows"
done

if [ "${1:-}" != "--no-r" ]; then
  echo "== Voeten's R script, sessions 70-74 (3 runs)"
  bash "$root/bench/voeten/run.sh" 3 70:74
fi
