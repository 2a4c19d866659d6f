#!/usr/bin/env bash
# Benchmark Erik Voeten's published DyadicAgreementScores.R on real UNGA votes.
#
# Usage: bench/voeten/run.sh [RUNS] [SESSIONS] [WORKDIR]
#   RUNS      timed runs of the published script (default 3)
#   SESSIONS  R expression for the sessions to keep (default 70:74)
#   WORKDIR   work directory (default: a new mktemp -d /tmp/voeten-bench.XXXXXX)
#
# Environment (required): UNVOTES_DIR, the unvotes package's CSV files (un_votes.csv,
# un_roll_calls.csv, ccode_iso2_crosswalk.csv); VOETEN_DIR, Voeten's files
# (DyadicAgreementScores.R, IdealpointestimatesAll_Apr2020.csv). Neither is in the repository.
#
# 1. prepare.R builds WORKDIR/Data\UNVotes.RData and copies the ideal point file
#    (untimed).
# 2. The published script runs unchanged (source()d from VOETEN_DIR) under
#    /usr/bin/time -v, RUNS times; each run's wall-clock seconds and maximum
#    resident set size are printed and appended to WORKDIR/bench.tsv.
# Outputs of the last run stay in WORKDIR (Output\AgreementScoresAll_Apr2020.csv
# and .Rdata), ready for make_fixture.R.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${UNVOTES_DIR:?set UNVOTES_DIR to the directory of un_votes.csv, un_roll_calls.csv and ccode_iso2_crosswalk.csv (see bench/voeten/README.md)}"
: "${VOETEN_DIR:?set VOETEN_DIR to the directory of DyadicAgreementScores.R and IdealpointestimatesAll_Apr2020.csv (see bench/voeten/README.md)}"
RUNS="${1:-3}"
SESSIONS="${2:-70:74}"
WORKDIR="${3:-$(mktemp -d /tmp/voeten-bench.XXXXXX)}"
SCRIPT="$VOETEN_DIR/DyadicAgreementScores.R"
FILE_SUFFIX="All_Apr2020"

command -v Rscript >/dev/null || { echo "Rscript missing: apt-get install -y r-base-core r-cran-tidyverse" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 1; }
mkdir -p "$WORKDIR"

echo "== prepare (untimed): sessions $SESSIONS -> $WORKDIR"
Rscript "$HERE/prepare.R" "$WORKDIR" "$SESSIONS" "$UNVOTES_DIR" "$VOETEN_DIR" 2> "$WORKDIR/prepare.stderr"
Rscript -e 'cat(R.version.string, "| dplyr", format(packageVersion("dplyr")), "| tidyr", format(packageVersion("tidyr")), "| tidyverse", format(packageVersion("tidyverse")), "\n")' 2>/dev/null

# Path must end with "/": the script pastes "Data\\UNVotes.RData" onto it.
RCODE="Path=\"$WORKDIR/\"; FileSuffix=\"$FILE_SUFFIX\"; source(\"$SCRIPT\")"

printf 'run\tsessions\twall_s\tmax_rss_kb\tuser_s\tsys_s\n' > "$WORKDIR/bench.tsv"
for i in $(seq 1 "$RUNS"); do
  rm -f "$WORKDIR/Output\\AgreementScores$FILE_SUFFIX.csv" "$WORKDIR/Output\\AgreementScores$FILE_SUFFIX.Rdata"
  TLOG="$WORKDIR/time.$i.txt"
  ( cd "$WORKDIR" && /usr/bin/time -v -o "$TLOG" Rscript -e "$RCODE" > "$WORKDIR/run.$i.stdout" 2> "$WORKDIR/run.$i.stderr" ) || {
    echo "run $i failed; see $WORKDIR/run.$i.stderr" >&2; tail -20 "$WORKDIR/run.$i.stderr" >&2; exit 1; }
  [ -s "$WORKDIR/Output\\AgreementScores$FILE_SUFFIX.csv" ] || { echo "run $i wrote no output" >&2; exit 1; }
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(k=1;k<=n;k++) s=s*60+a[k]; printf "%.2f", s}' "$TLOG")
  RSS=$(awk -F': ' '/Maximum resident set size/{print $2}' "$TLOG")
  USR=$(awk -F': ' '/User time/{print $2}' "$TLOG")
  SYS=$(awk -F': ' '/System time/{print $2}' "$TLOG")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$SESSIONS" "$WALL" "$RSS" "$USR" "$SYS" >> "$WORKDIR/bench.tsv"
  awk -v r="$RSS" -v w="$WALL" -v i="$i" 'BEGIN{printf "run %s: wall %s s, max RSS %d KiB (%.1f MiB)\n", i, w, r, r/1024}'
done

echo "== results ($WORKDIR/bench.tsv)"
column -t "$WORKDIR/bench.tsv" 2>/dev/null || cat "$WORKDIR/bench.tsv"
echo "WORKDIR=$WORKDIR"
