#!/usr/bin/env bash
# A local mirror of GDELT 2.0's endpoint for `entente update` (README, "Keeping up to date"): the
# real 15-minute export in entente-core's fixtures (2,271 events of 2015-02-18 23:00) split into
# consecutive 15-minute export.CSV.zip files, with masterfilelist.txt and lastupdate.txt in GDELT's
# own format (size, MD5, address), served on loopback until Ctrl-C.
#
# Usage: bench/mirror.sh [PORT] [FILES] [ROWS]
#   PORT   default 8099; the mirror is http://127.0.0.1:PORT/gdeltv2/
#   FILES  how many 15-minute files, default 4 (96 is a day)
#   ROWS   when given, ROWS events generated from the real export (GdeltGenerator) instead of the
#          export itself: bench/mirror.sh 8099 96 150000 is a day of GDELT at its usual size
# Needs: a JDK and the build (./mvnw); nothing from the network.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${1:-8099}"
files="${2:-4}"
rows="${3:-}"
out="$root/bench/out/mirror"
rm -rf "$out"
mkdir -p "$out"

./mvnw -q -B -pl entente-core -am -Dspotless.check.skip=true -DskipTests install
./mvnw -q -B -pl entente-core -Dspotless.check.skip=true test-compile
./mvnw -q -B -pl entente-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="entente-core/target/test-classes:entente-core/target/classes:$(cat "$out/cp.txt")"
sample=entente-core/src/test/resources/fixtures/events/20150218230000.export.CSV
if [ -n "$rows" ]; then
  # Named as the real export, so that the files are dated from its time on.
  java -cp "$cp" org.entente.ingest.GdeltGenerator "$sample" "$rows" "$out/20150218230000.export.CSV"
  sample="$out/20150218230000.export.CSV"
fi
exec java -cp "$cp" org.entente.fetch.LocalMirror "$sample" "$files" "$out/site" "$port"
