#!/usr/bin/env bash
# Times `entente camps` of 40 states (780 pairs, uncached: a new JVM each run) with GNU time: wall
# and CPU seconds, maximum resident set. With a second jar (e.g. one built from an earlier commit)
# both are timed, runs interleaved, on the same store, so that a busy machine slows both alike.
#
# Usage: bench/camps.sh [RUNS] [OTHER_JAR]
#   bench/camps.sh 5
#   git worktree add /tmp/before 533d52e && (cd /tmp/before && ./entente --version) &&
#     bench/camps.sh 5 /tmp/before/entente-app/target/entente.jar
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-5}"
other="${2:-}"
out="$root/bench/out"
mkdir -p "$out"
export ENTENTE_HOME="$out/home"

states="USA GBR FRA DEU JPN KOR PRK CHN RUS IND PAK IRN ISR SAU TUR BRA ARG MEX CAN AUS NZL ZAF NGA
  EGY ETH KEN IDN MYS PHL VNM THA SGP UKR POL ITA ESP NLD SWE NOR CUB"
./entente status >/dev/null # builds if needed, loads the bundled data once
jar="$root/entente-app/target/entente.jar"

run() { # label jar
  /usr/bin/time -f "$1 %e %U %S %M" -o "$out/camps.time" -a \
    java -XX:+UseSerialGC -Xss4m -Xmx2g -jar "$2" camps $states --year 2024 \
    >"$out/camps-$1.txt" 2>/dev/null
}

: >"$out/camps.time"
for _ in $(seq "$runs"); do
  run this "$jar"
  if [ -n "$other" ]; then run other "$other"; fi
done
if [ -n "$other" ]; then
  cmp -s "$out/camps-this.txt" "$out/camps-other.txt" && echo "outputs identical" ||
    echo "outputs DIFFER: $out/camps-this.txt $out/camps-other.txt"
fi
awk '{ n[$1]++; w[$1]+=$2; ww[$1]+=$2*$2; c[$1]+=$3+$4; if ($5>m[$1]) m[$1]=$5 }
  END { for (k in n) { mean=w[k]/n[k]; sd=sqrt(ww[k]/n[k]-mean*mean);
    printf "%-6s %d runs: wall %.2f ± %.2f s, cpu %.2f s, max RSS %d MiB\n",
      k, n[k], mean, sd, c[k]/n[k], m[k]/1024 } }' "$out/camps.time"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
