#!/usr/bin/env python3
"""Independent check of the Voeten fixture straight from un_votes.csv (no R).

Usage: python3 check_fixture.py [FIXTURE.csv.gz] [UNVOTES_DIR]
  FIXTURE.csv.gz  default: the repository's
                  entente-core/src/test/resources/fixtures/voeten/agreement-sessions-70-74.csv.gz
  UNVOTES_DIR     the directory of un_votes.csv and un_roll_calls.csv (the unvotes package's
                  CSV files, not in the repository); or set the environment variable UNVOTES_DIR

Agreement of a dyad in a session = mean over the session's roll calls on which
both states voted (yes=1, abstain=2, no=3) of 1 - |v1 - v2| / 2, after dropping
roll calls on which every voting state cast the same vote. States are keyed by
(country_code, country) so that the ISO-2 code "NA" is never confused.
Prints the China-Russia session-74 value and the largest deviation over all rows;
exits 1 if any row differs by more than 1e-12.
"""
import collections, csv, gzip, os, sys

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
fixture = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    repo, "entente-core/src/test/resources/fixtures/voeten/agreement-sessions-70-74.csv.gz")
d = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("UNVOTES_DIR")
if not d:
    sys.exit("check_fixture.py: give UNVOTES_DIR (the directory of un_votes.csv and "
             "un_roll_calls.csv) as the second argument or in the environment")
d = d.rstrip("/") + "/"

with gzip.open(fixture, "rt", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
sessions = {int(r["session"]) for r in rows}

sess = {int(r["rcid"]): int(r["session"]) for r in csv.DictReader(open(d + "un_roll_calls.csv", newline=""))}
code = {"yes": 1, "abstain": 2, "no": 3}
votes = collections.defaultdict(dict)  # rcid -> (iso2, country) -> vote
with open(d + "un_votes.csv", encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        rc = int(r["rcid"])
        if sess[rc] in sessions:
            votes[rc][(r["country_code"], r["country"])] = code[r["vote"]]
by_session = collections.defaultdict(list)
for rc in sorted(votes):
    if len(set(votes[rc].values())) > 1:
        by_session[sess[rc]].append(votes[rc])

def agree(s, a, b):
    x = [1 - abs(v[a] - v[b]) / 2 for v in by_session[s] if a in v and b in v]
    return sum(x) / len(x), len(x)

worst = 0.0
for r in rows:
    s, a, b = int(r["session"]), (r["iso2_1"], r["country_1"]), (r["iso2_2"], r["country_2"])
    py, n = agree(s, a, b)
    worst = max(worst, abs(py - float(r["agree"])))
    if s == 74 and {a[0], b[0]} == {"CN", "RU"}:
        print(f"session 74 China-Russia: python {py!r} over {n} roll calls, fixture {r['agree']}, "
              f"|diff| {abs(py - float(r['agree'])):.3g}")
print(f"{len(rows)} rows, sessions {sorted(sessions)}, max |python - fixture| = {worst:.3g}")
sys.exit(0 if worst <= 1e-12 else 1)
