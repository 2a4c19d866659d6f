#!/usr/bin/env bash
# Time to first answer, as a new user meets it: a fresh clone of this repository's HEAD in a new
# directory with nothing beside it, an empty home (so Maven downloads itself and every library),
# then the README's quick start. Prints the launcher's stages, the wall time and the peak memory,
# and the size of what was downloaded. Results go to BENCHMARKS.md ("First answer from a fresh
# clone").
#
# Usage: bench/first-run.sh [RUNS]     (default 1; each run starts from nothing again)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

for run in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  git clone -q "$root" "$work/entente"
  mkdir "$work/home"
  echo "== run $run: $work/entente, home $work/home"
  # Maven takes its home from the user.home system property, not $HOME (the wrapper uses $HOME).
  (cd "$work/entente" && HOME="$work/home" MAVEN_OPTS="-Duser.home=$work/home" \
    /usr/bin/time -f 'wall %e s, peak RSS %M KiB (largest process)' \
    ./entente brief CHN RUS PRK --lang ja --out out/)
  echo "downloaded: $(du -sh "$work/home/.m2/repository" | cut -f1) of libraries," \
    "$(du -sh "$work/home/.m2/wrapper" | cut -f1) of Maven"
  rm -rf "$work"
done
