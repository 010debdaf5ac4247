#!/usr/bin/env python3
"""The top of a JFR CPU profile: `jfrtop.py JFR_FILE OUT_JSON [JFR_TOOL]`.

Reads the recording's jdk.ExecutionSample events (`jfr print --json`) and writes, over all sampled threads:
- "self": the methods most often on top of the stack (where the CPU went),
- "ours": the cn.sifa methods most often anywhere on the stack (inclusive: what our code caused),
- "areas": the share of samples whose stack passes through each area (JSON, SQL driver, Hibernate, security,
  logging, Tomcat, ...), the first match from the top of the stack deciding, so the shares add up to 100 %.
Prints a short text summary too. Needs a JDK's `jfr` tool (default: the one next to `java` on PATH)."""
import collections, json, os, subprocess, sys

AREAS = [  # first match from the top of the stack wins
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("connection pool", ("com.zaxxer.hikari.",)),
    ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("Hibernate", ("org.hibernate.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
    ("security / JWT", ("org.springframework.security.", "com.nimbusds.")),
    ("gateway proxy", ("org.springframework.cloud.gateway.", "org.apache.hc.")),
    ("observation / metrics", ("io.micrometer.",)),
    ("Sifa (ours)", ("cn.sifa.",)),
    ("Spring MVC / web", ("org.springframework.web.",)),
    ("Spring (other)", ("org.springframework.",)),
    ("Tomcat / servlet", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("JDK", ("java.", "javax.", "jdk.", "sun.")),
]


def name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    jfr_file, out = sys.argv[1], sys.argv[2]
    tool = sys.argv[3] if len(sys.argv) > 3 else "jfr"
    raw = subprocess.run([tool, "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", jfr_file],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    self_count, ours, areas = collections.Counter(), collections.Counter(), collections.Counter()
    for e in events:
        frames = [name(f) for f in (e["values"].get("stackTrace") or {}).get("frames", [])]
        if not frames:
            continue
        self_count[frames[0]] += 1
        for n in set(f for f in frames if f.startswith("cn.sifa.")):
            ours[n] += 1
        area = "other"
        for f in frames:
            hit = next((a for a, prefixes in AREAS if f.startswith(prefixes)), None)
            if hit and hit != "JDK":
                area = hit
                break
            if hit == "JDK" and area == "other":
                area = "JDK"
        areas[area] += 1
    total = sum(self_count.values()) or 1
    pct = lambda c: round(100.0 * c / total, 1)
    result = {
        "samples": total,
        "areas": [{"area": a, "pct": pct(c)} for a, c in areas.most_common()],
        "self": [{"method": m, "pct": pct(c)} for m, c in self_count.most_common(15)],
        "ours": [{"method": m, "pct": pct(c)} for m, c in ours.most_common(15)],
    }
    json.dump(result, open(out, "w"), indent=1, ensure_ascii=False)
    print("%s: %d samples; %s" % (os.path.basename(jfr_file), total,
                                  ", ".join("%s %s%%" % (a["area"], a["pct"]) for a in result["areas"][:6])))


if __name__ == "__main__":
    main()
