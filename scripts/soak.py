#!/usr/bin/env python3
"""Soak: `kinerja serve --demo` on loopback under mixed load for a bounded time, heap after full GC flat.

    scripts/soak.py [DURATION=30m] [WORKERS=4] [MAX_REQUESTS=10000000]

DURATION is seconds or a number with s, m or h. WORKERS threads each send one request after another, drawn
at random: results of both reference cases (the API, with a token), the home page, dashboards and
indicator pages (signed in through the login form, with the session cookie), value edits of the RSI case
(which make its results be computed again), imports of 1,000 figures and new versions of a scorecard of
the soak's own (and report downloads, PDF/XLSX/HTML, with SOAK_REPORTS=1). Every response is counted by kind and status; any 5xx or other unexpected status fails
the soak. Every SAMPLE seconds (60, or a sixth of a short run) it asks the server's JVM for a full GC
(`jcmd PID GC.run`) and reads the heap used after it from the JVM's GC log (-Xlog:gc). The first sample after the warm-up
(a sixth of the run, at most 3 minutes) and the last may differ by at most 10 %, or the soak fails.
Needs java (with jcmd), python3 and the jar (./kinerja --version builds it).
"""
import http.cookiejar
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

from loadkit import bulk_csv, free_port, multipart

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "soak-password-0123"
RSI = "rsi-unisma-pemasaran"
FUNNEL = "funnel-2025"
GROWTH = 0.10

BULK_YAML = """kinerja: 1
id: soak-bulk
name: Soak bulk
period: { grain: month, current: "2009-12" }
scoring: { method: achievement }
perspectives:
  - id: p
    name: P
    indicators:
      - { id: i, name: I, formula: m0 / m1 * 100, target: ">= 1" }
"""


def edit_yaml(n):
    return f"""kinerja: 1
id: soak-edit
name: Soak edit {n}
period: {{ grain: year, current: "2020" }}
scoring: {{ method: achievement }}
perspectives:
  - id: p
    name: P
    indicators:
      - {{ id: i, name: I, formula: a / b * 100, target: ">= {n % 100}" }}
"""


def seconds(text):
    m = re.fullmatch(r"(\d+)([smh]?)", text)
    if not m:
        sys.exit(f"soak: a duration like 60, 90s, 30m or 1h, not {text!r}")
    return int(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]




class Client:
    def __init__(self, base, token=None):
        self.base, self.token = base, token
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies),
                                                  NoRedirect())

    def call(self, method, path, body=None, content_type=None, headers=None):
        data = body.encode() if isinstance(body, str) else body
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if content_type:
            req.add_header("Content-Type", content_type)
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with self.opener.open(req, timeout=120) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(base):
    """A client holding a page session, signed in through the login form as a person would."""
    c = Client(base)
    status, page = c.call("GET", "/login")
    token = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
    form = urllib.parse.urlencode({"_csrf": token, "username": "admin", "password": PASSWORD})
    status, _ = c.call("POST", "/login", form, "application/x-www-form-urlencoded")
    if status not in (302, 303):
        sys.exit(f"soak: signing in through the form answered {status}")
    return c






FULL_GC = re.compile(r"Pause Full \((?:Diagnostic Command|System\.gc\(\))\) \d+[KMG]->(\d+)([KMG])")


def heap_after_gc(pid, gc_log):
    """KiB of heap in use right after a full collection, as the JVM's own GC log says."""
    before = len(FULL_GC.findall(open(gc_log).read()))
    subprocess.run(["jcmd", str(pid), "GC.run"], check=True, capture_output=True)
    for _ in range(300):
        found = FULL_GC.findall(open(gc_log).read())
        if len(found) > before:
            amount, unit = found[-1]
            return int(amount) * {"K": 1, "M": 1024, "G": 1024 * 1024}[unit]
        time.sleep(0.1)
    raise RuntimeError("no full GC in the log after jcmd GC.run")


def main():
    duration = seconds(sys.argv[1]) if len(sys.argv) > 1 else 1800
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    most = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000
    sample = min(60, max(5, duration // 6))
    warm = min(180, max(sample, duration // 6))
    source = os.path.join(ROOT, "kinerja-app", "target", "kinerja.jar")
    if not os.path.isfile(source):
        sys.exit("soak: build the jar first (./kinerja --version)")
    work = tempfile.mkdtemp(prefix="kinerja-soak-")
    jar = os.path.join(work, "kinerja.jar")
    shutil.copy(source, jar)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, KINERJA_ADMIN_PASSWORD=PASSWORD)
    log = open(os.path.join(work, "server.log"), "wb")
    gc_log = os.path.join(work, "gc.log")
    proc = subprocess.Popen(["java", "-Xss4m", "-Xmx512m", "-Xlog:gc:file=" + gc_log, "-jar", jar, "serve", "--demo", "--port", str(port),
                             "--data", os.path.join(work, "data")], stdout=log, stderr=subprocess.STDOUT, env=env)
    failed = []
    try:
        for _ in range(1200):
            if proc.poll() is not None:
                sys.exit("soak: the server ended on start:\n" + open(os.path.join(work, "server.log")).read())
            try:
                urllib.request.urlopen(base + "/health", timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        status, body = Client(base).call("POST", "/api/v1/tokens", json.dumps({"username": "admin",
                                                                                 "password": PASSWORD}),
                                         "application/json")
        api = Client(base, json.loads(body)["token"])
        page = sign_in(base)
        for yaml in (BULK_YAML, edit_yaml(0)):
            status, body = api.call("POST", "/api/v1/units/rsi-unisma/scorecards", yaml, "application/yaml")
            if status != 201:
                status, body = api.call("POST", "/api/v1/units", json.dumps({"id": "soak", "name": "Soak",
                                                                             "kind": "company"}),
                                        "application/json")
                status, body = api.call("POST", "/api/v1/units/soak/scorecards", yaml, "application/yaml")
            if status != 201:
                sys.exit(f"soak: creating a scorecard answered {status}: {body[:300]!r}")
        status, body = api.call("GET", f"/api/v1/scorecards/{RSI}")
        indicators = [i["id"] for p in json.loads(body)["perspectives"] for i in p["indicators"]]

        counter = Counter()
        lock = threading.Lock()
        sent = [0]
        stop = threading.Event()
        edits = [0]

        def op_value(c):
            value = random.choice([121480000, 121480001, 125000000])
            return c.call("PUT", f"/api/v1/scorecards/{RSI}/values", json.dumps(
                [{"period": "2014", "measure": "pengeluaran_pemasaran", "value": value, "note": "soak"}]),
                "application/json")

        def op_import(c):
            body, ctype = multipart({"file": ("soak.csv", bulk_csv(random.randint(1, 9)))})
            return c.call("POST", "/api/v1/scorecards/soak-bulk/imports", body, ctype)

        def op_edit(c):
            with lock:
                edits[0] += 1
                n = edits[0]
            return c.call("PUT", "/api/v1/scorecards/soak-edit", edit_yaml(n), "application/yaml")

        ops = [  # (kind, weight, client, call, expected statuses)
            ("results rsi", 30, api, lambda c: c.call("GET", f"/api/v1/scorecards/{RSI}/results?period=2014"), {200}),
            ("results funnel by channel", 15, api,
             lambda c: c.call("GET", f"/api/v1/scorecards/{FUNNEL}/results?period=2025&by=channel"), {200}),
            ("results rsi range", 5, api,
             lambda c: c.call("GET", f"/api/v1/scorecards/{RSI}/results?period=2012..2014"), {200}),
            ("explain", 5, api, lambda c: c.call(
                "GET", f"/api/v1/scorecards/{RSI}/explain/{random.choice(indicators)}?period=2014"), {200}),
            ("home page", 5, page, lambda c: c.call("GET", "/"), {200}),
            ("dashboard page", 10, page, lambda c: c.call("GET", f"/scorecards/{RSI}"), {200}),
            ("funnel dashboard page", 5, page, lambda c: c.call("GET", f"/scorecards/{FUNNEL}"), {200}),
            ("indicator page", 10, page,
             lambda c: c.call("GET", f"/scorecards/{RSI}/indicators/{random.choice(indicators)}"), {200}),
            ("value edit", 8, api, op_value, {200}),
            ("import", 2, api, op_import, {200}),
            ("scorecard edit", 3, api, op_edit, {200}),
            ("audit", 2, api, lambda c: c.call("GET", "/api/v1/audit?limit=50"), {200}),
        ]
        if os.environ.get("SOAK_REPORTS") == "1":
            # Drawing reports fills PDFBox's and POI's soft caches, which a full GC may or may not empty: the heap
            # after GC then swings (83-169 MiB seen in 60 s), so the flatness check is only meaningful without them.
            ops.append(("report download", 2, api, lambda c: c.call(
                "GET", f"/api/v1/scorecards/{RSI}/report?period=2014&format={random.choice(['pdf', 'xlsx', 'html'])}"),
                {200}))
        weights = [o[1] for o in ops]

        # While the heap is sampled the workers hold back, so that the sample counts what the server keeps,
        # not the requests (a report being drawn, say) that happen to be in flight.
        running = threading.Event()
        running.set()
        active = [0]

        def worker():
            while not stop.is_set():
                running.wait()
                with lock:
                    if sent[0] >= most:
                        return
                    sent[0] += 1
                    active[0] += 1
                kind, _, client, call, ok = random.choices(ops, weights)[0]
                try:
                    status, body = call(client)
                except (OSError, urllib.error.URLError) as e:
                    status, body = f"error {type(e).__name__}", b""
                with lock:
                    active[0] -= 1
                    counter[(kind, status)] += 1
                    if status not in ok and len(failed) < 20:
                        failed.append(f"{kind}: {status} {body[:200]!r}")

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
        t0 = time.time()
        for t in threads:
            t.start()
        samples = []
        print(f"soak: {workers} workers for {duration} s against {base} (pid {proc.pid}); heap after a full GC every"
              f" {sample} s, compared from {warm} s on", flush=True)
        next_sample = t0 + sample
        while time.time() - t0 < duration and any(t.is_alive() for t in threads):
            time.sleep(max(0.0, min(next_sample, t0 + duration) - time.time()))
            if time.time() >= next_sample:
                running.clear()
                for _ in range(600):
                    with lock:
                        if active[0] == 0:
                            break
                    time.sleep(0.05)
                kib = heap_after_gc(proc.pid, gc_log)
                running.set()
                at = time.time() - t0
                samples.append((at, kib))
                with lock:
                    total = sum(counter.values())
                print(f"soak: {at:6.0f} s  {total:8d} responses  heap after GC {kib / 1024:7.1f} MiB", flush=True)
                next_sample += sample
        stop.set()
        for t in threads:
            t.join(180)
        elapsed = time.time() - t0
        kib = heap_after_gc(proc.pid, gc_log)
        samples.append((elapsed, kib))
        print(f"soak: {elapsed:6.0f} s  end           heap after GC {kib / 1024:7.1f} MiB", flush=True)

        total = sum(counter.values())
        print(f"soak: {total} responses in {elapsed:.0f} s ({total / elapsed:.0f}/s); by kind and status:")
        for (kind, status), n in sorted(counter.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            print(f"  {kind:28s} {status!s:>6}  {n}")
        bad = sum(n for (kind, status), n in counter.items() if status not in dict((o[0], o[4]) for o in ops)[kind])
        if bad:
            failed.insert(0, f"{bad} unexpected responses")
        measured = [s for s in samples if s[0] >= warm]
        if len(measured) >= 2:
            first, last = measured[0][1], measured[-1][1]
            growth = (last - first) / first
            print(f"soak: heap after GC {first / 1024:.1f} MiB at {measured[0][0]:.0f} s, {last / 1024:.1f} MiB at the end:"
                  f" {growth * 100:+.1f} % (at most {GROWTH * 100:.0f} %); lowest {min(s[1] for s in measured) / 1024:.1f},"
                  f" highest {max(s[1] for s in measured) / 1024:.1f} MiB")
            if growth > GROWTH:
                failed.append(f"the heap after GC grew {growth * 100:.1f} %")
        else:
            failed.append("too few heap samples after the warm-up: run longer")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if failed:
        print("soak: FAILED\n  " + "\n  ".join(failed) + f"\n  (server log kept in {work})")
        sys.exit(1)
    shutil.rmtree(work, ignore_errors=True)
    print("soak: passed")


if __name__ == "__main__":
    main()
