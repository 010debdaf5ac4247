#!/usr/bin/env python3
"""Writes the Markdown summary of one bench/run.sh results directory: every figure next to its limit and the ratio."""
import json, os, sys

R = sys.argv[1]


def load(name):
    p = os.path.join(R, name)
    if not os.path.exists(p):
        return None
    if name.endswith(".jsonl"):
        rows = []
        for line in open(p):
            try:
                rows.append(json.loads(line))
            except ValueError:
                pass  # a section that failed half-way leaves a broken line; its log says why
        return rows
    try:
        return json.load(open(p))
    except ValueError:
        return None


def f(v, d=1):
    if v is None:
        return "–"
    if isinstance(v, (int, float)):
        return ("{:,.%df}" % d).format(v)
    return str(v)


def ratio(a, b, d=2):
    try:
        return f(a / b, d)
    except (TypeError, ZeroDivisionError):
        return "–"


def met(ok):
    return "–" if ok is None else ("met" if ok else "**missed**")


out = []
goals = []
errors = []


def check(label, w):
    """A figure measured on error answers is no figure: list it. No completed request (wrk's timeout) is none either."""
    if w and (w.get("non2xx") or 0) > 0:
        errors.append("%s: %s non-2xx answers" % (label, w["non2xx"]))
    if w is not None and not w.get("requests"):
        w = dict(w, p50_ms=None, p75_ms=None, p90_ms=None, p99_ms=None, rps=None)
        errors.append("%s: no request completed within wrk's timeout" % label)
    return w
m = load("machine.json") or {}
end = load("end.json") or {}
out.append("### Machine\n")
out.append("| | |\n|---|---|")
for k in ("cpu", "cores", "memory_gb", "kernel", "java17", "java25", "postgresql", "pgbench", "wrk", "nginx", "load_at_start"):
    out.append("| %s | %s |" % (k, m.get(k, "–")))
out.append("| load_at_end | %s |\n" % end.get("load_at_end", "–"))

g = load("generate.json")
if g:
    out.append("### Data generation (COPY)\n")
    out.append("scale %s, seed %s, %s .. %s\n" % (g["scale"], g["seed"], g["from"], g["to"]))
    out.append("| table | rows |\n|---|---:|")
    for t, n in g["tables"].items():
        out.append("| %s | %s |" % (t, f(n, 0)))
    out.append("| **all** | **%s** |\n" % f(g["rows"], 0))
    out.append("| phase | seconds | rows/s |\n|---|---:|---:|")
    out.append("| COPY (the services in parallel) | %s | %s |" % (f(g["copySeconds"]), f(g["copyRowsPerSecond"], 0)))
    out.append("| secondary indexes and foreign keys rebuilt | %s | |" % f(g["indexSeconds"]))
    out.append("| VACUUM ANALYZE | %s | |" % f(g["analyzeSeconds"]))
    out.append("| end to end (incl. migration, reference data) | %s | %s |\n" % (f(g["totalSeconds"]), f(g["rowsPerSecondEndToEnd"], 0)))

for label in ("java25", "java17"):
    d = load("distributed-%s.jsonl" % label)
    if not d:
        continue
    by = {x["target"]: x for x in d}
    for x in d:
        check("(a) %s %s c1" % (label, x["target"]), x["c1"]); check("(a) %s %s cN" % (label, x["target"]), x["cN"])
    procs = load("distributed-%s-procs.json" % label) or {}
    n = d[0]["connections"]
    out.append("### (a) Gateway overhead, distributed mode (%s): GET one case by id\n" % label.replace("java", "Java "))
    out.append("| path | c=1 req/s | c=1 p50 ms | c=1 p99 ms | c=%d req/s | c=%d p50 ms | c=%d p99 ms | errors |" % (n, n, n))
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t in ("direct", "gateway", "nginx"):
        if t in by:
            c1, cn = by[t]["c1"], by[t]["cN"]
            out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                {"direct": "direct to mediation-service", "gateway": "through our gateway", "nginx": "through nginx"}[t],
                f(c1["rps"]), f(c1.get("p50_ms"), 2), f(c1.get("p99_ms"), 2), f(cn["rps"]), f(cn.get("p50_ms"), 2),
                f(cn.get("p99_ms"), 2), (c1.get("non2xx") or 0) + (cn.get("non2xx") or 0)))
    if all(t in by and by[t]["c1"].get("p50_ms") is not None and by[t]["cN"].get("rps") for t in ("direct", "gateway", "nginx")):
        added = by["gateway"]["c1"]["p50_ms"] - by["direct"]["c1"]["p50_ms"]
        nadded = by["nginx"]["c1"]["p50_ms"] - by["direct"]["c1"]["p50_ms"]
        r = by["gateway"]["cN"]["rps"] / by["nginx"]["cN"]["rps"]
        out.append("\n- latency the gateway adds at c=1 (p50): **%s ms** (nginx adds %s ms); goal ≤ 1 ms: %s" % (f(added, 2), f(nadded, 2), met(added <= 1)))
        out.append("- gateway throughput / nginx throughput at c=%d: **%s**; goal ≥ 0.6: %s" % (n, f(r, 2), met(r >= 0.6)))
        out.append("- gateway / direct: %s; nginx / direct: %s" % (ratio(by["gateway"]["cN"]["rps"], by["direct"]["cN"]["rps"]),
                                                              ratio(by["nginx"]["cN"]["rps"], by["direct"]["cN"]["rps"])))
        out.append("- processes: %s\n" % json.dumps(procs))
        goals.append(("Gateway adds ≤ 1 ms p50 at c=1 (%s)" % label, "%s ms" % f(added, 2), met(added <= 1)))
        goals.append(("Gateway ≥ 0.6 × nginx throughput (%s)" % label, f(r, 2), met(r >= 0.6)))

lk = load("lookup.json")
if lk:
    a, p = check("(b) lookup", lk["api"]), lk["pgbench"]
    out.append("### (b) Lookup by id, standalone: API vs pgbench running the same SQL\n")
    out.append("| | req/s (c=%d) | p50 ms | p99 ms |\n|---|---:|---:|---:|" % lk["connections"])
    out.append("| API `GET /api/mediation/v1/cases/{id}` | %s | %s | %s |" % (f(a["rps"]), f(a.get("p50_ms"), 2), f(a.get("p99_ms"), 2)))
    out.append("| pgbench, the %s statements the API issued, one transaction | %s | %s | %s |" % (lk["statements"], f(p.get("tps")), f(p.get("p50_ms"), 2), f(p.get("p99_ms"), 2)))
    r = a["rps"] / p["tps"] if p.get("tps") else None
    out.append("\nAPI / pgbench: **%s**; goal ≥ 0.35: %s. At c=1 the API answers in %s ms p50 (%s req/s).\n" % (f(r, 2), met(None if r is None else r >= 0.35), f(lk["api_c1"].get("p50_ms"), 2), f(lk["api_c1"]["rps"])))
    goals.append(("API lookup ≥ 0.35 × pgbench", f(r, 2), met(None if r is None else r >= 0.35)))

ls = load("list.jsonl")
if ls:
    out.append("### (c) Case list, 20 per page, c=1\n")
    out.append("| list | caller | page | rows matching | p50 ms | p99 ms | SQL (EXPLAIN ANALYZE) ms | p50 / SQL |\n|---|---|---:|---:|---:|---:|---:|---:|")
    worst = None
    for x in ls:
        w = check("(c) %s page %s%s" % (x["name"], x["page"], " by cursor" if x.get("via") == "cursor" else ""), x["wrk"])
        page = "%d%s" % (x["page"], " (cursor)" if x.get("via") == "cursor" else "")
        out.append("| `%s` | %s | %s | %s | %s | %s | %s | %s |" % (x["query"], x["caller"], page, f(x.get("rows_matching"), 0),
                   f(w.get("p50_ms"), 2), f(w.get("p99_ms"), 2), f(x.get("explain_ms"), 2), ratio(w.get("p50_ms"), x.get("explain_ms"), 1)))
        if w.get("p99_ms") is not None:
            worst = max(worst or 0, w["p99_ms"])
    out.append("\nWorst p99: **%s ms**; goal < 50 ms: %s\n" % (f(worst, 2), met(None if worst is None else worst < 50)))
    goals.append(("Lists p99 < 50 ms", "%s ms" % f(worst, 2), met(None if worst is None else worst < 50)))

st = load("statistics.jsonl")
if st:
    out.append("### (d) Mediation statistics, c=1\n")
    out.append("| scope | period | p50 ms | p99 ms | SQL (EXPLAIN ANALYZE) ms | p50 / SQL | goal |\n|---|---|---:|---:|---:|---:|---|")
    for x in st:
        w = check("(d) %s" % x["name"], x["wrk"])
        goal = {"county-1y": 100, "city-5y": 1000}.get(x["name"])
        ok = None if goal is None else (w.get("p50_ms") is not None and w["p50_ms"] < goal)
        out.append("| %s | %s .. %s | %s | %s | %s | %s | %s |" % (x["name"], x["from"], x["to"], f(w.get("p50_ms"), 1), f(w.get("p99_ms"), 1),
                   f(x.get("explain_ms"), 1), ratio(w.get("p50_ms"), x.get("explain_ms"), 1), ("< %d ms: %s" % (goal, met(ok))) if goal else ""))
        if goal:
            goals.append(("Statistics %s < %d ms" % (x["name"], goal), "%s ms" % f(w.get("p50_ms"), 1), met(ok)))
    out.append("")

sm = load("services-smoke.jsonl")
if sm:
    out.append("### (c2) (d2) Legal aid, review/appeal, correction: smoke check on the generated data\n")
    out.append("| service | caller | request | HTTP | figures | |\n|---|---|---|---:|---|---|")
    for x in sm:
        r = x.get("result") or {}
        figs = ", ".join("%s %s" % (k, f(v, 0) if isinstance(v, (int, float)) else v) for k, v in (r.get("figures") or {}).items())
        out.append("| %s | %s | `%s` | %s | %s | %s |" % (x["service"], x["caller"], x["path"], r.get("http"), figs, "ok" if r.get("ok") else "**failed**"))
        if not r.get("ok"):
            errors.append("smoke %s %s: %s" % (x["service"], x["path"], r))
    out.append("")
sl = load("services-list.jsonl")
if sl:
    out.append("### (c2) Legal aid, review/appeal, correction: main lists, 20 per page, c=1, county (开福)\n")
    out.append("| service | list | page | rows matching | p50 ms | p99 ms | SQL (EXPLAIN ANALYZE) ms | p50 / SQL |\n|---|---|---:|---:|---:|---:|---:|---:|")
    for x in sl:
        w = check("(c2) %s %s page %s" % (x["service"], x["name"], x["page"]), x["wrk"])
        out.append("| %s | `%s?%s` | %d | %s | %s | %s | %s | %s |" % (x["service"], x["path"].rsplit("/", 1)[-1], x["query"], x["page"],
                   f(x.get("rows_matching"), 0), f(w.get("p50_ms"), 2), f(w.get("p99_ms"), 2), f(x.get("explain_ms"), 2),
                   ratio(w.get("p50_ms"), x.get("explain_ms"), 1)))
    out.append("")
ss = load("services-statistics.jsonl")
if ss:
    out.append("### (d2) Legal aid, review/appeal, correction: statistics, c=1\n")
    out.append("| service | scope | period | p50 ms | p99 ms | SQL (EXPLAIN ANALYZE) ms | p50 / SQL |\n|---|---|---|---:|---:|---:|---:|")
    for x in ss:
        w = check("(d2) %s %s" % (x["service"], x["name"]), x["wrk"])
        out.append("| %s | %s | %s .. %s | %s | %s | %s | %s |" % (x["service"], x["name"], x["from"], x["to"], f(w.get("p50_ms"), 1),
                   f(w.get("p99_ms"), 1), f(x.get("explain_ms"), 1), ratio(w.get("p50_ms"), x.get("explain_ms"), 1)))
    out.append("")

ex = load("export.jsonl")
if ex:
    out.append("### (g) Exports (standalone, Java 17, run.sh's heap limit)\n")
    out.append("| list | caller | format | HTTP | rows | seconds | rows/s | MB | GCs | max heap after GC MB | max heap before GC MB | max used (jcmd) MB |")
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for x in ex:
        gc = x.get("gc") or {}
        rows = x.get("rows")
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (x.get("list", "cases"), x["caller"], x["format"], x["status"], f(rows, 0), f(x["seconds"], 1),
                   ratio(rows, x["seconds"], 0) if isinstance(rows, int) else "–", f(x["bytes"] / 1e6, 1), gc.get("gcs", "–"),
                   f(gc.get("max_after_mb"), 0), f(gc.get("max_before_mb"), 0),
                   f(x["max_used_sampled_kb"] / 1024 if x.get("max_used_sampled_kb") else None, 0)))
    out.append("")
    # flat heap, per format: the largest export's heap after GC against the smallest's, next to their row counts
    verdicts = []
    for fmt in sorted({x["format"] for x in ex}):
        sized = [x for x in ex if x["format"] == fmt and isinstance(x.get("rows"), int) and x["rows"] > 0 and (x.get("gc") or {}).get("max_after_mb")]
        if len(sized) < 2:
            continue
        small = min(sized, key=lambda x: x["rows"]); big = max(sized, key=lambda x: x["rows"])
        growth = big["gc"]["max_after_mb"] / small["gc"]["max_after_mb"]
        verdicts.append((fmt, growth, big["rows"] / small["rows"]))
        out.append("- %s: heap after GC %s MB at %s rows, %s MB at %s rows (%s× the rows, %s× the heap); flat (< 1.5×): %s" % (
            fmt.upper(), f(small["gc"]["max_after_mb"], 0), f(small["rows"], 0), f(big["gc"]["max_after_mb"], 0), f(big["rows"], 0),
            f(big["rows"] / small["rows"], 1), f(growth, 2), met(growth < 1.5)))
    if verdicts:
        out.append("")
        goals.append(("Exports: heap flat regardless of rows", "; ".join("%s %s× heap for %s× rows" % (v[0].upper(), f(v[1], 2), f(v[2], 1)) for v in verdicts),
                      met(all(v[1] < 1.5 for v in verdicts))))

su = load("startup.json"); ao = load("aot.json"); rs = load("standalone-rss.json")
if su or ao:
    out.append("### (f) Standalone start-up and memory (`sifa.jar` against the benchmark PostgreSQL, demo loaders off)\n")
    out.append("| run | ready s (each start) | RSS idle MB | RSS under load MB (max) |\n|---|---|---:|---:|")
    if su:
        out.append("| Java 17, fat jar, default heap | %s | %s | |" % (", ".join(f(x, 1) for x in su["java17_ready_s"]), ", ".join(f(x, 0) for x in su["java17_rss_idle_mb"])))
        if su.get("java17_extracted_ready_s"):
            out.append("| Java 17, extracted jar as `./run.sh` starts it (`%s`) | %s | %s | %s |" % (su.get("run_opts", ""),
                       ", ".join(f(x, 1) for x in su["java17_extracted_ready_s"]), ", ".join(f(x, 0) for x in su["java17_extracted_rss_idle_mb"]),
                       f((rs or {}).get("rss_under_load_max_mb"), 0)))
    if ao:
        out.append("| Java 25, plain jar | %s | %s | |" % (f(ao.get("java25_plain_ready_s"), 1), f(ao.get("java25_plain_rss_mb"), 0)))
        out.append("| Java 25, extracted jar + AOT cache (%s MB) | %s | %s | %s |" % (f(ao.get("aot_cache_mb"), 0), ", ".join(f(x, 1) for x in ao["aot_ready_s"]),
                   ", ".join(f(x, 0) for x in ao["aot_rss_idle_mb"]), f(ao.get("aot_rss_under_load_max_mb"), 0)))
    out.append("")
    if su:
        s17 = max(su["java17_ready_s"])
        goals.append(("Standalone ready < 20 s (Java 17 fat jar)", "%s s" % f(s17, 1), met(s17 < 20)))
        if su.get("java17_extracted_ready_s"):
            x17 = max(su["java17_extracted_ready_s"])
            goals.append(("Standalone ready < 20 s (Java 17 extracted jar, `./run.sh`)", "%s s" % f(x17, 1), met(x17 < 20)))
    if ao and ao.get("aot_ready_s"):
        s25 = max(ao["aot_ready_s"])
        goals.append(("Standalone ready < 8 s (Java 25 + AOT cache)", "%s s" % f(s25, 1), met(s25 < 8)))
    peak = max([x for x in [(rs or {}).get("rss_under_load_max_mb"), (ao or {}).get("aot_rss_under_load_max_mb")] if x] or [0]) or None
    if peak:
        goals.append(("RSS < 1 GB", "%s MB" % f(peak, 0), met(peak < 1024)))

jm = load("jmh.json")
if jm:
    out.append("### (h) JMH (forks 1, 3 × 2 s warm-up, 5 × 2 s measured, Java 17)\n")
    out.append("| benchmark | score | ± error (99.9%) | unit |\n|---|---:|---:|---|")
    for b in jm:
        pm = b["primaryMetric"]
        out.append("| %s | %s | %s | %s |" % (b["benchmark"].replace("cn.sifa.bench.jmh.", ""), f(pm["score"], 1), f(pm["scoreError"], 1), pm["scoreUnit"]))
    out.append("")

if os.path.exists(os.path.join(R, "ingest.txt")):
    out.append("### (e) Ingest (bench/ingest, enforcement-oversight-service)\n")
    out.append("```\n" + open(os.path.join(R, "ingest.txt")).read()[-3000:] + "\n```\n")

profiles = sorted(n for n in os.listdir(R) if n.startswith("profile-") and n.endswith(".json"))
if profiles:
    out.append("### Profiles (--profile: JFR, one extra wrk run after the measured ones)\n")
    out.append("Where the CPU went: each sample is given to the first area found from the top of its stack (the JDK's own "
               "frames skipped), so the shares add up to 100 %. Our hottest: the share of samples with that method "
               "anywhere on the stack (our servlet filters, which every request passes, left out).\n")
    out.append("| run | samples | areas | our hottest (inclusive) |\n|---|---:|---|---|")
    for n in profiles:
        pr = load(n)
        if not pr:
            continue
        areas = ", ".join("%s %s %%" % (a["area"], f(a["pct"])) for a in pr["areas"][:7])
        ours = ", ".join("`%s` %s %%" % (o["method"].replace("cn.sifa.", ""), f(o["pct"])) for o in [o for o in pr["ours"] if "doFilter" not in o["method"]][:5])
        out.append("| %s | %s | %s | %s |" % (n[len("profile-"):-5], pr["samples"], areas, ours))
    out.append("")

if errors:
    out = ["**Figures not valid (errors or timeouts):** " + "; ".join(errors), ""] + out
if goals:
    head = ["### Goals\n", "| goal | measured | |", "|---|---:|---|"]
    head += ["| %s | %s | %s |" % gl for gl in goals]
    out = head + [""] + out
print("\n".join(out))
