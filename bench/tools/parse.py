#!/usr/bin/env python3
"""Turns tool output into JSON: `parse.py wrk FILE`, `parse.py pgbench FILE LOGPREFIX`, `parse.py gc GCLOG FROM TO`."""
import glob, json, re, sys

UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", v)
    return round(float(m.group(1)) * UNIT[m.group(2)], 3)


def wrk(path):
    t = open(path).read()
    r = {}
    for p in ("50", "75", "90", "99"):
        m = re.search(r"^\s+%s%%\s+(\S+)" % p, t, re.M)
        if m:
            r["p" + p + "_ms"] = ms(m.group(1))
    m = re.search(r"Requests/sec:\s+([\d.]+)", t)
    r["rps"] = round(float(m.group(1)), 1) if m else None
    m = re.search(r"(\d+) requests in", t)
    r["requests"] = int(m.group(1)) if m else None
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    r["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: (.*)", t)
    r["socket_errors"] = m.group(1) if m else None
    return r


def pgbench(path, prefix):
    t = open(path).read()
    r = {}
    m = re.search(r"tps = ([\d.]+) \(without initial connection time\)", t)
    r["tps"] = round(float(m.group(1)), 1) if m else None
    m = re.search(r"latency average = ([\d.]+) ms", t)
    r["latency_avg_ms"] = float(m.group(1)) if m else None
    lat = []
    for f in glob.glob(prefix + "*"):
        for line in open(f):
            parts = line.split()
            if len(parts) >= 3:
                lat.append(int(parts[2]) / 1000.0)
    if lat:
        lat.sort()
        r["p50_ms"] = round(lat[len(lat) // 2], 3)
        r["p99_ms"] = round(lat[int(len(lat) * 0.99)], 3)
        r["transactions"] = len(lat)
    return r


def gc(path):
    """G1 lines like: [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->30M(256M) 3.2ms"""
    events = []
    for line in open(path):
        m = re.search(r"\[([\d.]+)s\].*GC\(\d+\) Pause .*? (\d+)M->(\d+)M\((\d+)M\)", line)
        if m:
            events.append((float(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))))
    return events


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "wrk":
        print(json.dumps(wrk(sys.argv[2])))
    elif kind == "pgbench":
        print(json.dumps(pgbench(sys.argv[2], sys.argv[3])))
    elif kind == "gc":
        t0, t1 = float(sys.argv[3]), float(sys.argv[4])
        ev = [e for e in gc(sys.argv[2]) if t0 <= e[0] <= t1]
        print(json.dumps({"gcs": len(ev), "max_before_mb": max([e[1] for e in ev], default=None),
                          "max_after_mb": max([e[2] for e in ev], default=None),
                          "max_committed_mb": max([e[3] for e in ev], default=None)}))
