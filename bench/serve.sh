#!/usr/bin/env bash
# Load on `entente serve` from a second process on loopback: a fixed rate of requests to the
# alignment and triad endpoints for a fixed time, latency percentiles per URL (BENCHMARKS.md,
# "Server and API (issue 11)"). Bounded: the load generator stops by itself, and the server is
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
./mvnw -q -B -o -Dspotless.check.skip=true test-compile -pl entente-app
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
