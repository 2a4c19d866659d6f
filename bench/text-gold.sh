#!/usr/bin/env bash
# Scores `entente extract` on one part of the third gold set (issue 23): every article of the part
# extracted with its own date (articles.csv), then bench/text/score_events.py against the part's
# gold, per language. The held-out part is only ever scored: its predictions go to a temporary
# folder that is removed, so that nobody reads them while changing the coder
# (entente-core/src/test/resources/fixtures/text-gold/third/README.md).
#
# Usage: bench/text-gold.sh dev|heldout
# Needs: a JDK (./entente builds the jar) and python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
part="${1:-}"
case "$part" in
  dev | heldout) ;;
  *)
    echo "usage: bench/text-gold.sh dev|heldout" >&2
    exit 2
    ;;
esac
gold="$root/entente-core/src/test/resources/fixtures/text-gold/third"
if [ "$part" = dev ]; then
  out="$root/bench/out/text-gold"
  mkdir -p "$out"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
for lang in ja en; do
  : >"$out/$part-$lang.pred.jsonl"
done
# id,lang,part,doc_date,… (the title may hold commas: only the first four fields are read)
tail -n +2 "$gold/articles.csv" | while IFS=, read -r id lang p date _; do
  [ "$p" = "$part" ] || continue
  args=(extract --format jsonl)
  [ -n "$date" ] && args+=(--doc-date "$date")
  "$root/entente" "${args[@]}" "$gold/$part/$id.txt" >>"$out/$part-$lang.pred.jsonl"
done
for lang in ja en; do
  printf '%s %s: ' "$part" "$lang"
  python3 "$root/bench/text/score_events.py" "$gold/$part/$lang.gold.jsonl" "$out/$part-$lang.pred.jsonl"
done
