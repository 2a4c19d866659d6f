#!/usr/bin/env bash
# Scores `entente extract` on one part of the third gold set (issue 23), or on the fourth set:
# every article of the part extracted with its own date (articles.csv), then
# bench/text/score_events.py against the part's gold, per language. The held-out part is only ever
# scored: its predictions go to a temporary folder that is removed, so that nobody reads them while
# changing the coder (entente-core/src/test/resources/fixtures/text-gold/third/README.md). The
# fourth set (fourth/README.md) was first scored unseen; it is development text since.
#
# Usage: bench/text-gold.sh dev|heldout|fourth
# Needs: a JDK (./entente builds the jar) and python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
part="${1:-}"
case "$part" in
  dev | heldout | fourth) ;;
  *)
    echo "usage: bench/text-gold.sh dev|heldout|fourth" >&2
    exit 2
    ;;
esac
gold="$root/entente-core/src/test/resources/fixtures/text-gold/third"
texts="$gold/$part"
if [ "$part" = fourth ]; then
  gold="$root/entente-core/src/test/resources/fixtures/text-gold/fourth"
  texts="$gold"
fi
if [ "$part" != heldout ]; then
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
  "$root/entente" "${args[@]}" "$texts/$id.txt" >>"$out/$part-$lang.pred.jsonl"
done
for lang in ja en; do
  printf '%s %s: ' "$part" "$lang"
  python3 "$root/bench/text/score_events.py" "$texts/$lang.gold.jsonl" "$out/$part-$lang.pred.jsonl"
done
