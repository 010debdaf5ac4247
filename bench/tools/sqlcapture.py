#!/usr/bin/env python3
"""Captures the SQL one API request issues, from the bench PostgreSQL's own log, and measures it.

  sqlcapture.py on | off                     log every statement (ALTER SYSTEM log_min_duration_statement = 0) or stop
  sqlcapture.py mark                         print the log's current size (an offset)
  sqlcapture.py extract OFFSET OUT.json      statements executed since OFFSET, parameters inlined
  sqlcapture.py explain IN.json OUT.json [ROLE DIVISION]
                                             EXPLAIN (ANALYZE, BUFFERS) of each SELECT, best of 5: planning + execution ms;
                                             as the owner (postgres: no row-level security), or as ROLE (sifa_app) with
                                             sifa.division = DIVISION (the caller's prefix: the policies apply)
  sqlcapture.py pgbench IN.json OUT.sql      a pgbench custom script issuing the same statements in one transaction

Environment: BENCH_HOME (log at $BENCH_HOME/postgres.log), BENCH_PG_PORT.
"""
import json, os, re, subprocess, sys

HOME = os.environ.get("BENCH_HOME", "/tmp/sifa-bench")
PORT = os.environ.get("BENCH_PG_PORT", "55432")
LOG = os.path.join(HOME, "postgres.log")
PSQL = ["psql", "-h", "127.0.0.1", "-p", PORT, "-U", "postgres", "-d", os.environ.get("BENCH_DB", "sifa"), "-qAtX"]
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$")
EXEC = re.compile(r"^duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)$", re.S)
# Statements of the platform's background work, not of the request being measured.
BACKGROUND = ("shedlock", "core_api_call_log", "spring_session", "flyway_schema_history", "pg_catalog", "pg_settings",
              "set_config('sifa.division'")


AS = {"role": None, "division": None}


def psql(sql):
    # native statistics SQL names tables without the schema (Hikari sets search_path to sifa), so do the same
    options = "-c search_path=sifa"
    cmd = list(PSQL)
    if AS["role"]:
        cmd[cmd.index("postgres")] = AS["role"]
        options += " -c sifa.division=" + AS["division"]
    env = dict(os.environ, PGOPTIONS=options)
    return subprocess.run(cmd + ["-c", sql], check=True, capture_output=True, text=True, env=env).stdout


def entries(offset):
    with open(LOG, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    out = []
    for line in text.split("\n"):
        m = ENTRY.match(line)
        if m:
            out.append([m.group(1), m.group(2), m.group(3)])
        elif out:
            out[-1][2] += "\n" + line
    return out


def inline(sql, params):
    values = {}
    for m in re.finditer(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", params or ""):
        values[int(m.group(1))] = m.group(2)
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % n, values[n].replace("\\", "\\\\"), sql)
    return sql


def extract(offset, out):
    es = entries(offset)
    statements = []
    for i, (pid, kind, msg) in enumerate(es):
        if kind != "LOG":
            continue
        m = EXEC.match(msg)
        if not m:
            continue
        sql = m.group(1).strip()
        if not sql:
            continue
        params = None
        if i + 1 < len(es) and es[i + 1][1] == "DETAIL" and es[i + 1][0] == pid and es[i + 1][2].lower().startswith("parameters:"):
            params = es[i + 1][2]
        if any(b in sql for b in BACKGROUND) or sql.upper().startswith(("SET ", "SHOW ", "ALTER SYSTEM", "SELECT PG_RELOAD_CONF")):
            continue
        statements.append({"pid": pid, "sql": inline(sql, params)})
    json.dump(statements, open(out, "w"), ensure_ascii=False, indent=1)
    print("%d statements" % len(statements))


def explain(inp, out):
    statements = json.load(open(inp))
    results, total = [], 0.0
    for s in statements:
        sql = s["sql"]
        if not sql.lstrip().lower().startswith(("select", "with")):
            continue
        best = None
        for _ in range(5):
            plan = json.loads(psql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql))[0]
            t = plan["Planning Time"] + plan["Execution Time"]
            if best is None or t < best[0]:
                best = (t, plan)
        total += best[0]
        text = psql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        results.append({"sql": sql, "ms": round(best[0], 3), "planning_ms": round(best[1]["Planning Time"], 3),
                        "execution_ms": round(best[1]["Execution Time"], 3), "plan": text})
    json.dump({"total_ms": round(total, 3), "statements": results}, open(out, "w"), ensure_ascii=False, indent=1)
    print("%.3f ms over %d statements" % (total, len(results)))


def pgbench(inp, out):
    statements = json.load(open(inp))
    lines = []
    for s in statements:
        sql = " ".join(s["sql"].split())
        lines.append(sql.rstrip(";") + ";")
    if lines and not lines[0].upper().startswith("BEGIN"):
        lines = ["BEGIN;"] + lines + ["COMMIT;"]
    open(out, "w").write("\n".join(lines) + "\n")
    print("%d statements" % len(lines))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "on":
        psql("ALTER SYSTEM SET log_min_duration_statement = 0")
        psql("SELECT pg_reload_conf()")
    elif cmd == "off":
        psql("ALTER SYSTEM RESET log_min_duration_statement")
        psql("SELECT pg_reload_conf()")
    elif cmd == "mark":
        print(os.path.getsize(LOG))
    elif cmd == "extract":
        extract(int(sys.argv[2]), sys.argv[3])
    elif cmd == "explain":
        if len(sys.argv) > 5:
            AS["role"], AS["division"] = sys.argv[4], sys.argv[5]
        explain(sys.argv[2], sys.argv[3])
    elif cmd == "pgbench":
        pgbench(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
