"""DuckDB and Polars doing the order-file part of the audit, for the side-by-side benchmark.

Same grouping keys and sums as AgencyAudit's fake-order rules: addresses with spaces and the
postal code removed, phones reduced to their last 11 digits, groups of 3 or more orders counted,
the paid amount summed. Run by Tests/Bench/bench.sh inside a throw-away venv; never a dependency
of the product. Prints one line per peer: name, wall seconds, CPU seconds, peak RSS MB.
"""
import resource, sys, time

def column(names, wanted):
    return next(n for n in names if n.strip() == wanted)

def run_duckdb(path):
    import duckdb
    con = duckdb.connect()
    names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_csv('{path}', header=true, all_varchar=true)").fetchall()]
    addr, phone, paid = column(names, "收货地址"), column(names, "联系手机"), column(names, "买家实际支付金额")
    con.execute(f"""CREATE TEMP TABLE o AS SELECT
        regexp_replace(regexp_replace("{addr}", '\\(\\d{{6}}\\)', '', 'g'), '\\s', '', 'g') a,
        right(regexp_replace("{phone}", '[^0-9]', '', 'g'), 11) p,
        TRY_CAST("{paid}" AS DECIMAL(18,2)) amt
        FROM read_csv('{path}', header=true, all_varchar=true)""")
    total = con.execute("SELECT count(*), sum(amt) FROM o").fetchall()
    a = con.execute("SELECT count(*), sum(n) FROM (SELECT a, count(*) n FROM o GROUP BY a HAVING count(*) >= 3)").fetchall()
    p = con.execute("SELECT count(*), sum(n) FROM (SELECT p, count(*) n FROM o WHERE length(p) = 11 GROUP BY p HAVING count(*) >= 3)").fetchall()
    return total, a, p

def run_polars(path):
    import polars as pl
    df = pl.read_csv(path, infer_schema=False)
    addr, phone, paid = column(df.columns, "收货地址"), column(df.columns, "联系手机"), column(df.columns, "买家实际支付金额")
    o = df.select(
        a=pl.col(addr).str.replace_all(r"\(\d{6}\)", "").str.replace_all(r"\s", ""),
        p=pl.col(phone).str.replace_all(r"[^0-9]", "").str.slice(-11),
        amt=pl.col(paid).cast(pl.Decimal(18, 2), strict=False))
    a = o.group_by("a").len().filter(pl.col("len") >= 3)
    p = o.filter(pl.col("p").str.len_chars() == 11).group_by("p").len().filter(pl.col("len") >= 3)
    return (o.height, o["amt"].sum()), (a.height, a["len"].sum()), (p.height, p["len"].sum())

if __name__ == "__main__":
    peer, path = sys.argv[1], sys.argv[2]
    start, cpu = time.perf_counter(), time.process_time()
    result = {"duckdb": run_duckdb, "polars": run_polars}[peer](path)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peer}\t{wall:.2f}\t{cpu:.2f}\t{rss:.0f}\t{result}")
