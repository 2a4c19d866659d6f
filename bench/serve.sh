#!/usr/bin/env bash
# Load on `entente serve` from a second process on loopback: a fixed rate of requests to the
# alignment and triad endpoints for a fixed time, latency percentiles per URL (BENCHMARKS.md,
# "Server and API (issue 11)"); then the calls the web pages make, answered from the cache and
# asked anew (BENCHMARKS.md, "The web pages' API calls (issue 24)"). Bounded: the load generator stops by itself, and the server is
# stopped at the end (by its PID).
#
# Usage: bench/serve.sh [RATE_PER_SECOND] [SECONDS]     (default 200 20)
set -euo pipefail

rate="${1:-200}"
seconds="${2:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"
export ENTENTE_HOME="$out/home"   # a store of its own

echo "== build (jar and test classes) and first load (not timed)"
./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package
./mvnw -q -B -o -Dspotless.check.skip=true test-compile -pl entente-app -am
./entente status >/dev/null
hdr="$(find "${HOME}/.m2/repository/org/hdrhistogram/HdrHistogram" -name 'HdrHistogram-*.jar' | sort | tail -1)"

echo "== start the server on a free port"
java -XX:+UseSerialGC -Xmx1g -jar entente-app/target/entente.jar serve --port 0 \
  >"$out/serve.out" 2>"$out/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$out/serve.out")"
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || { echo "the server did not start:"; cat "$out/serve.err"; exit 1; }
api="http://127.0.0.1:$port/api/v1"

echo "== $rate requests/s for $seconds s, alignment and triad alternating"
java -cp "entente-app/target/test-classes:$hdr" org.entente.serve.LoadGenerator "$rate" "$seconds" \
  "$api/alignment?a=CHN&b=RUS&by=year" \
  "$api/triad?a=CHN&b=RUS&c=PRK&from=2015&to=2024" | tee "$out/serve.txt"

echo "== four other queries (each computed once, then answered from the server's cache)"
java -cp "entente-app/target/test-classes:$hdr" org.entente.serve.LoadGenerator "$rate" "$seconds" \
  "$api/alignment?a=USA&b=JPN&by=year" \
  "$api/triad?a=USA&b=CHN&c=RUS" \
  "$api/alignment?a=IND&b=PAK&by=session" \
  "$api/triad?a=JPN&b=KOR&c=PRK&from=2000" | tee -a "$out/serve.txt"

echo "== cold: every request a new question (nothing cached), 5/s for 12 s"
urls=()
for y in $(seq 1962 2021); do
  urls+=("$api/alignment?a=CHN&b=RUS&by=year&from=$y")
  urls+=("$api/triad?a=CHN&b=RUS&c=PRK&from=$((y - 30))&to=$y")   # wider than 1992 … on purpose
done
java -Dcold=true -cp "entente-app/target/test-classes:$hdr" org.entente.serve.LoadGenerator 5 12 \
  "${urls[@]}" | tee -a "$out/serve.txt"

# The pairs and states of the pages' new questions: the states that voted in the General
# Assembly in 2025 (so that every question has an answer), in the server's fixed order.
codes=($(curl -s "$api/standing?with=USA&by=alignment&from=2025&to=2025&top=250&min_n=1" \
  | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4 | sort | head -160))

echo "== the pages' calls, cached: home, triad, dyad and ranking pages, $rate/s for $seconds s"
java -cp "entente-app/target/test-classes:$hdr" org.entente.serve.LoadGenerator "$rate" "$seconds" \
  "$api/states" \
  "$api/judgement?states=CHN,RUS,PRK&lang=ja" \
  "$api/triad?a=CHN&b=RUS&c=PRK" \
  "$api/relation?a=RUS&b=PRK" \
  "$api/ties?a=RUS&b=PRK&from=1992&to=2026" \
  "$api/standing?with=CHN&by=alignment&from=2025&to=2025" | tee -a "$out/serve.txt"

# Uncached: each request a question the server has not answered (a pair or state not asked
# before), at rates it can take on two cores; the rate is part of each line.
uncached() { # NAME RATE SECONDS URL...
  local name="$1" r="$2" s="$3"
  shift 3
  echo "== the pages' calls, uncached: $name, $r/s for $s s ($# distinct questions)"
  java -Dcold=true -cp "entente-app/target/test-classes:$hdr" org.entente.serve.LoadGenerator \
    "$r" "$s" "$@" | tee -a "$out/serve.txt"
}
pairs=()
for ((i = 0; i < ${#codes[@]} - 1; i += 2)); do pairs+=("${codes[$i]}" "${codes[$((i + 1))]}"); done
urls=()
for ((i = 0; i + 1 < ${#pairs[@]}; i += 2)); do
  urls+=("$api/relation?a=${pairs[$i]}&b=${pairs[$((i + 1))]}")
done
uncached "relation (dyad page)" 5 12 "${urls[@]}"
urls=()
for ((i = 0; i + 1 < ${#pairs[@]}; i += 2)); do
  urls+=("$api/judgement?states=${pairs[$i]},${pairs[$((i + 1))]}&lang=ja")
done
uncached "judgement of a pair (dyad page)" 2 12 "${urls[@]}"
urls=()
for ((i = 0; i + 2 < ${#codes[@]}; i += 3)); do
  urls+=("$api/triad?a=${codes[$i]}&b=${codes[$((i + 1))]}&c=${codes[$((i + 2))]}")
done
uncached "triad (triad page)" 2 12 "${urls[@]}"
urls=()
for c in "${codes[@]}"; do urls+=("$api/standing?with=$c&by=alignment&from=2025&to=2025"); done
uncached "standing (ranking page)" 5 12 "${urls[@]}"
