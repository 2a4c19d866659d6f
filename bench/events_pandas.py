#!/usr/bin/python3
"""The dyad-month series a GDELT user would otherwise compute with pandas (BENCHMARKS.md,
"Events at scale"): read only the needed columns of a GDELT 2.0 export, keep the events between
two states either way, count them per month by QuadClass and sum their Goldstein weights.

Usage: bench/events_pandas.py FILE A B   (A, B: GDELT's CAMEO country codes, e.g. CHN RUS)
Prints CSV in the columns of `./entente events A B --by month --format csv`.
"""
import sys

import pandas as pd

path, a, b = sys.argv[1], sys.argv[2], sys.argv[3]
cols = {1: "date", 7: "source", 17: "target", 29: "quad", 30: "goldstein"}
df = pd.read_csv(
    path,
    sep="\t",
    header=None,
    usecols=list(cols),
    dtype={1: str, 7: str, 17: str, 29: "int8", 30: "float64"},
    quoting=3,  # GDELT has no quoting
    engine="c",
)
df.columns = [cols[c] for c in sorted(cols)]
pair = ((df.source == a) & (df.target == b)) | ((df.source == b) & (df.target == a))
d = df[pair]
month = d.date.str[:4] + "-" + d.date.str[4:6]
counts = pd.crosstab(month, d.quad).reindex(columns=[1, 2, 3, 4], fill_value=0)
g = d.groupby(month).goldstein.agg(["sum", "mean"])
print("a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
      "goldstein_sum,goldstein_mean")
for period in counts.index:
    q = counts.loc[period]
    print(f"{a},{b},{period},{q.sum()},{q[1]},{q[2]},{q[3]},{q[4]},"
          f"{g.loc[period, 'sum']:.4f},{g.loc[period, 'mean']:.4f}")
