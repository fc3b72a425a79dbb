#!/usr/bin/env python3
"""Daily midnight and 24-hour populations per facility from a person-level stays file,
computed the way Vigil does, by DuckDB, polars or pandas, for Benchmarks/daily-population.sh.

Same definitions as Vigil (docs/exports.md): exact duplicate rows dropped; a stint is one
row, from `Book In Date Time` to `Book Out Date Time`; midnight population on day d =
stints with book_in < end(d) and (book_out null or >= end(d)); 24-hour = stints with
book_in < end(d) and (book_out null or >= start(d)); ongoing stints count up to the last
day the file mentions. Each peer uses the same difference-array method (events per
facility-day, then a running sum), not a per-day expansion, so it is a fair race.
Output: facility_code,date,midnight_pop,daily_pop_24h for non-zero days, sorted.

usage: daily_population_peers.py duckdb|polars|pandas FILE OUTPUT
"""
import sys

FAC, BIN, BOUT = "Detention Facility Code", "Book In Date Time", "Book Out Date Time"


def run_duckdb(path, out):
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads = 2")
    con.execute(f"""
    CREATE TEMP TABLE s AS
    SELECT "{FAC}" AS f,
           CAST(CAST(strptime("{BIN}", '%Y-%m-%d %H:%M:%S') AS DATE) - DATE '1970-01-01' AS BIGINT) AS i,
           CAST(CAST(strptime(NULLIF("{BOUT}", ''), '%Y-%m-%d %H:%M:%S') AS DATE) - DATE '1970-01-01' AS BIGINT) AS o
    FROM (SELECT DISTINCT * FROM read_csv('{path}', all_varchar = true, header = true))
    """)
    con.execute(f"""
    COPY (
      WITH bounds AS (SELECT greatest(max(i), coalesce(max(o), max(i))) AS last FROM s),
      ev AS (
        SELECT f, i AS d, 1 AS m, 1 AS a FROM s
        UNION ALL SELECT f, o, -1, 0 FROM s WHERE o IS NOT NULL
        UNION ALL SELECT f, o + 1, 0, -1 FROM s WHERE o IS NOT NULL
      ),
      agg AS (SELECT f, d, sum(m) AS m, sum(a) AS a FROM ev GROUP BY f, d),
      span AS (SELECT f, min(d) AS first FROM agg GROUP BY f),
      days AS (SELECT span.f, g.d FROM span, bounds, range(span.first, bounds.last + 1) AS g(d)),
      run AS (
        SELECT days.f, days.d,
               sum(coalesce(agg.m, 0)) OVER (PARTITION BY days.f ORDER BY days.d) AS midnight_pop,
               sum(coalesce(agg.a, 0)) OVER (PARTITION BY days.f ORDER BY days.d) AS daily_pop_24h
        FROM days LEFT JOIN agg ON agg.f = days.f AND agg.d = days.d
      )
      SELECT f AS facility_code, strftime(DATE '1970-01-01' + CAST(d AS INTEGER), '%Y-%m-%d') AS date,
             CAST(midnight_pop AS BIGINT) AS midnight_pop, CAST(daily_pop_24h AS BIGINT) AS daily_pop_24h
      FROM run WHERE midnight_pop <> 0 OR daily_pop_24h <> 0 ORDER BY facility_code, date
    ) TO '{out}' (HEADER, DELIMITER ',')
    """)


def run_polars(path, out):
    import polars as pl
    df = pl.read_csv(path, infer_schema=False).unique()
    fmt = "%Y-%m-%d %H:%M:%S"
    s = df.select(
        pl.col(FAC).alias("f"),
        (pl.col(BIN).str.strptime(pl.Datetime("ms"), fmt).dt.epoch("s") // 86400).alias("i"),
        (pl.col(BOUT).str.strptime(pl.Datetime("ms"), fmt, strict=False).dt.epoch("s") // 86400).alias("o"),
    )
    del df
    last = max(s["i"].max(), s["o"].max() if s["o"].null_count() < len(s) else s["i"].max())
    done = s.filter(pl.col("o").is_not_null())
    ev = pl.concat([
        s.select("f", pl.col("i").alias("d"), pl.lit(1).alias("m"), pl.lit(1).alias("a")),
        done.select("f", pl.col("o").alias("d"), pl.lit(-1).alias("m"), pl.lit(0).alias("a")),
        done.select("f", (pl.col("o") + 1).alias("d"), pl.lit(0).alias("m"), pl.lit(-1).alias("a")),
    ])
    agg = ev.group_by("f", "d").agg(pl.col("m").sum(), pl.col("a").sum())
    span = agg.group_by("f").agg(pl.col("d").min().alias("first"))
    days = span.select("f", pl.int_ranges(pl.col("first"), last + 1).alias("d")).explode("d")
    run = (days.join(agg, on=["f", "d"], how="left").fill_null(0).sort("f", "d")
           .with_columns(pl.col("m").cum_sum().over("f").alias("midnight_pop"),
                         pl.col("a").cum_sum().over("f").alias("daily_pop_24h")))
    res = (run.filter((pl.col("midnight_pop") != 0) | (pl.col("daily_pop_24h") != 0))
           .select(pl.col("f").alias("facility_code"),
                   (pl.lit(0).cast(pl.Date) + pl.duration(days=pl.col("d"))).cast(pl.Date).dt.strftime("%Y-%m-%d").alias("date"),
                   "midnight_pop", "daily_pop_24h")
           .sort("facility_code", "date"))
    res.write_csv(out)


def run_pandas(path, out):
    import numpy as np
    import pandas as pd
    df = pd.read_csv(path, dtype=str, keep_default_na=False, engine="pyarrow", dtype_backend="pyarrow")
    # Exact duplicates by a 64-bit hash of every cell, as Vigil does with its 128-bit fingerprint.
    dup = pd.util.hash_pandas_object(df, index=False).duplicated()
    df = df.loc[~dup.values, [FAC, BIN, BOUT]]
    fmt = "%Y-%m-%d %H:%M:%S"
    f = df[FAC].astype(str).to_numpy()
    def days(column):
        t = pd.to_datetime(df[column].astype(str).replace("", None), format=fmt).to_numpy(dtype="datetime64[s]")
        return t.astype("datetime64[D]").astype("int64"), ~np.isnat(t)
    i, _ = days(BIN)
    o, has_o = days(BOUT)
    last = max(i.max(), o[has_o].max() if has_o.any() else i.max())
    ev = pd.DataFrame({
        "f": np.concatenate([f, f[has_o], f[has_o]]),
        "d": np.concatenate([i, o[has_o], o[has_o] + 1]),
        "m": np.concatenate([np.ones(len(i), "int64"), -np.ones(has_o.sum(), "int64"), np.zeros(has_o.sum(), "int64")]),
        "a": np.concatenate([np.ones(len(i), "int64"), np.zeros(has_o.sum(), "int64"), -np.ones(has_o.sum(), "int64")]),
    })
    agg = ev.groupby(["f", "d"], sort=True)[["m", "a"]].sum()
    first = agg.reset_index().groupby("f")["d"].min()
    idx = pd.MultiIndex.from_tuples([(fc, d) for fc, start in first.items() for d in range(start, last + 1)], names=["f", "d"])
    run = agg.reindex(idx, fill_value=0).groupby(level=0).cumsum().reset_index()
    run = run[(run["m"] != 0) | (run["a"] != 0)]
    res = pd.DataFrame({
        "facility_code": run["f"].to_numpy(),
        "date": (pd.Timestamp("1970-01-01") + pd.to_timedelta(run["d"].to_numpy(), unit="D")).strftime("%Y-%m-%d"),
        "midnight_pop": run["m"].to_numpy(),
        "daily_pop_24h": run["a"].to_numpy(),
    }).sort_values(["facility_code", "date"])
    res.to_csv(out, index=False)


if __name__ == "__main__":
    tool, path, out = sys.argv[1:4]
    {"duckdb": run_duckdb, "polars": run_polars, "pandas": run_pandas}[tool](path, out)
