#!/usr/bin/env python3
"""Crash safety of `kinerja serve`: SIGKILL at random moments during imports, grid edits and scorecard edits.

    scripts/crash-safety.py [RUNS=50] [STORE=both|embedded|postgresql] [ROWS=100000]

Each run starts the server on a fresh store (a new data folder, or a new schema in the PostgreSQL database
`test` at 127.0.0.1:5432), creates three scorecards, then at once sends
  - one import of ROWS figures (all of them the run's number) into the scorecard `bulk`,
  - grid edits, one after the other (20-80 ms apart): PUT values of 50 figures of the scorecard `grid`, all set to 1, 2, 3, …,
  - scorecard edits, one after the other (20-80 ms apart): PUT of a new version of `edited` (YAML and its measures file,
    whose one figure and the scorecard's name both carry the edit's number),
and kills the JVM with SIGKILL after a delay drawn from 5 % to 125 % of how long the same import beside the
same edits took when left alone (run 0 of each store measures it, later runs follow how long it takes
as the machine's load changes), so most kills land while the import is under way and some after it was
acknowledged. It restarts the
server on the same store and checks:
  - every acknowledged write is there: an acknowledged import, the last acknowledged grid edit (or a later
    one), the last acknowledged version (or a later one);
  - nothing is half there: the import is all ROWS figures or none; the 50 grid figures carry one edit's
    number; the current version's name, measures file and results carry the same edit's number;
  - the audit log agrees: one import entry iff the import is there, one grid entry per grid edit there,
    one version entry per version there.
Prints a summary and exits 1 on any violation. Needs java, python3, the jar (./kinerja --version builds it)
and, for PostgreSQL, psql and the database `test` (trust authentication on 127.0.0.1).
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from loadkit import bulk_csv, free_port, multipart

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "crash-safety-password"
GRID = 50

BULK_YAML = """kinerja: 1
id: bulk
name: Bulk
period: { grain: month, current: "2009-12" }
scoring: { method: achievement }
perspectives:
  - id: p
    name: P
    indicators:
      - { id: i, name: I, formula: m0 / m1 * 100, target: ">= 1" }
"""

GRID_YAML = """kinerja: 1
id: grid
name: Grid
period: { grain: year, current: "2020" }
scoring: { method: achievement }
perspectives:
  - id: p
    name: P
    indicators:
      - { id: i, name: I, formula: g0 + g1, target: ">= 1" }
"""


def edited_yaml(n):
    return f"""kinerja: 1
id: edited
name: Edit {n}
period: {{ grain: year, current: "2020" }}
scoring: {{ method: achievement }}
data:
  measures: measures.csv
perspectives:
  - id: p
    name: P
    indicators:
      - {{ id: i, name: I, formula: e{n}, target: ">= 1" }}
"""




class Server:
    """One `kinerja serve` JVM on a store; start, kill -9, start again on the same store."""

    def __init__(self, jar, work, store, schema):
        self.jar, self.work, self.store, self.schema = jar, work, store, schema
        self.proc = None
        self.token = None

    def start(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, KINERJA_ADMIN_PASSWORD=PASSWORD)
        cmd = ["java", "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", self.jar, "serve", "--port", str(self.port),
               "--data", os.path.join(self.work, "data")]
        if self.store == "postgresql":
            cmd += ["--db", f"jdbc:postgresql://127.0.0.1:5432/test?currentSchema={self.schema}"]
            env.update(KINERJA_DB_USER="postgres", KINERJA_DB_PASSWORD="unused-trust")
        log = open(os.path.join(self.work, "server.log"), "ab")
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server ended on start: see " + os.path.join(self.work, "server.log"))
            try:
                urllib.request.urlopen(self.base + "/health", timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        else:
            raise RuntimeError("the server did not start in 120 s")
        self.token = self.call("POST", "/api/v1/tokens", json.dumps({"username": "admin", "password": PASSWORD}),
                               "application/json")[1]["token"]

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def call(self, method, path, body=None, content_type=None, timeout=600):
        """(status, parsed JSON or None); raises OSError when the connection breaks (the server died)."""
        data = body.encode() if isinstance(body, str) else body
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if content_type:
            req.add_header("Content-Type", content_type)
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw = r.read()
                return r.status, (json.loads(raw) if raw else None)
        except urllib.error.HTTPError as e:
            return e.code, None






def expect(result, status, what):
    if result[0] != status:
        raise RuntimeError(f"{what}: HTTP {result[0]}, expected {status}")
    return result[1]


def set_up(server):
    expect(server.call("POST", "/api/v1/units", json.dumps({"id": "acme", "name": "Acme", "kind": "company"}),
                       "application/json"), 201, "unit")
    for yaml in (BULK_YAML, GRID_YAML):
        expect(server.call("POST", "/api/v1/units/acme/scorecards", yaml, "application/yaml"), 201, "scorecard")
    body, ctype = multipart({"scorecard": ("scorecard.yaml", edited_yaml(0).encode()),
                             "measures": ("measures.csv", b"period,measure,value\n2020,e0,0\n")})
    expect(server.call("POST", "/api/v1/units/acme/scorecards", body, ctype), 201, "scorecard edited")


def import_bulk(server, csv, name):
    body, ctype = multipart({"file": (name, csv)})
    return server.call("POST", "/api/v1/scorecards/bulk/imports", body, ctype)


class Writer(threading.Thread):
    """Sends edits one after the other until the server dies; remembers which were acknowledged."""

    def __init__(self, server, send):
        super().__init__(daemon=True)
        self.server, self.send = server, send
        self.sent = 0
        self.acked = 0
        self.errors = []

    def run(self):
        while True:
            n = self.sent + 1
            self.sent = n
            try:
                status, _ = self.send(self.server, n)
            except (OSError, urllib.error.URLError):
                return  # killed while this one was under way: not acknowledged
            if status != 200:
                self.errors.append(f"edit {n}: HTTP {status}")
                return
            self.acked = n
            # At a quick person's pace rather than back to back: on the embedded store a stream of
            # back-to-back writers starves the import waiting for SQLite's one write lock.
            time.sleep(random.uniform(0.02, 0.08))


def grid_edit(server, n):
    entries = [{"period": "2020", "measure": f"g{i}", "value": n} for i in range(GRID)]
    return server.call("PUT", "/api/v1/scorecards/grid/values", json.dumps(entries), "application/json")


def scorecard_edit(server, n):
    body, ctype = multipart({"scorecard": ("scorecard.yaml", edited_yaml(n).encode()),
                             "measures": ("measures.csv", f"period,measure,value\n2020,e{n},{n}\n".encode())})
    return server.call("PUT", "/api/v1/scorecards/edited", body, ctype)


class Importer(threading.Thread):
    def __init__(self, server, csv, name):
        super().__init__(daemon=True)
        self.server, self.csv, self.name = server, csv, name
        self.status = None
        self.acked_at = None

    def run(self):
        try:
            self.status = import_bulk(self.server, self.csv, self.name)[0]
            self.acked_at = time.time()
        except (OSError, urllib.error.URLError):
            self.status = "killed"


def audit(server):
    return expect(server.call("GET", "/api/v1/audit?limit=1000"), 200, "audit")


def check(server, run, rows, importer, grid, edits):
    """The violations found after the restart, and how the import ended (all or none)."""
    violations = []
    values = expect(server.call("GET", "/api/v1/scorecards/bulk/values"), 200, "bulk values")
    seen = {v["value"] for v in values}
    if len(values) == 0:
        state = "none"
    elif len(values) == rows and seen == {run}:
        state = "all"
    else:
        state = "partial"
        violations.append(f"import: {len(values)} of {rows} figures, values {sorted(seen)[:5]}")
    if importer.status == 200 and state != "all":
        violations.append(f"import acknowledged but {state} of it after the restart")
    log = audit(server)
    imports = [e for e in log if e["action"] == "values.put" and e["target"] == "bulk"]
    if len(imports) != (1 if state == "all" else 0):
        violations.append(f"import {state} but {len(imports)} audit entries")

    figures = expect(server.call("GET", "/api/v1/scorecards/grid/values"), 200, "grid values")
    numbers = {v["value"] for v in figures}
    if not figures:
        now = 0
    elif len(figures) == GRID and len(numbers) == 1:
        now = int(numbers.pop())
    else:
        now = -1
        violations.append(f"grid: {len(figures)} figures with values {sorted(numbers)[:5]}")
    if now >= 0:
        if now < grid.acked or now > grid.sent:
            violations.append(f"grid: edit {now} there, acknowledged {grid.acked}, sent {grid.sent}")
        entries = [e for e in log if e["action"] == "values.put" and e["target"] == "grid"]
        if len(entries) != now:
            violations.append(f"grid: edit {now} there but {len(entries)} audit entries")

    card = expect(server.call("GET", "/api/v1/scorecards/edited"), 200, "edited")
    version = card["version"]
    n = version - 1  # version 1 is edit 0
    if n < edits.acked or n > edits.sent:
        violations.append(f"scorecard: version {version} there, acknowledged edit {edits.acked}, sent {edits.sent}")
    if card["name"] != f"Edit {n}" or card["files"] != ["measures.csv"]:
        violations.append(f"scorecard: version {version} is named {card['name']!r} with files {card['files']}")
    results = expect(server.call("GET", "/api/v1/scorecards/edited/results?period=2020"), 200, "edited results")
    value = results["indicators"][0]["value"]
    if value != n:
        violations.append(f"scorecard: version {version} computes {value} from its measures file, expected {n}")
    versions = expect(server.call("GET", "/api/v1/scorecards/edited/versions"), 200, "versions")
    entries = [e for e in log if e["action"] == "scorecard.version" and e["target"] == "edited"]
    if len(versions) != version or len(entries) != version - 1:
        violations.append(f"scorecard: version {version}, {len(versions)} versions listed, {len(entries)} audit entries")
    for e in grid.errors + edits.errors:
        violations.append("refused: " + e)
    return violations, state


def drop_schema(schema):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-w", "-d", "test", "-qc",
                    f"DROP SCHEMA IF EXISTS {schema} CASCADE"], check=False, capture_output=True)


def series(jar, store, runs, rows, verbose):
    totals = {"runs": 0, "before": 0, "after": 0, "all": 0, "none": 0, "partial": 0, "violations": 0,
              "grid_acked": 0, "grid_unacked_there": 0, "edits_acked": 0, "edits_unacked_there": 0}
    took = None
    for run in range(0, runs + 1):  # run 0 measures an import left alone
        work = tempfile.mkdtemp(prefix="kinerja-crash-")
        schema = f"crash_{os.getpid()}_{run}"
        server = Server(jar, work, store, schema)
        try:
            server.start()
            set_up(server)
            csv = bulk_csv(run, rows)
            importer = Importer(server, csv, f"import-{run}.csv")
            grid = Writer(server, grid_edit)
            edits = Writer(server, scorecard_edit)
            t0 = time.time()
            for t in (importer, grid, edits):
                t.start()
            if run == 0:  # how long the import takes beside the edits, left alone
                importer.join()
                if importer.status != 200:
                    raise RuntimeError(f"the import left alone answered {importer.status}")
                took = importer.acked_at - t0
                print(f"crash-safety [{store}]: a {rows}-row import beside the edits takes {took:.2f} s when left alone",
                      flush=True)
                server.kill()
                continue
            delay = took * random.uniform(0.05, 1.25)
            time.sleep(delay)
            killed_at = time.time()
            server.kill()
            for t in (importer, grid, edits):
                t.join(60)
            after = importer.acked_at is not None and importer.acked_at <= killed_at
            server.start()
            # The import's duration drifts with the machine's load: follow it, so kills keep landing both
            # during the import (most) and after its acknowledgement (some).
            if after:
                took = 0.8 * took + 0.2 * (importer.acked_at - t0)
            elif delay > 0.8 * took:
                took *= 1.1
            violations, state = check(server, run, rows, importer, grid, edits)
            grid_now = expect(server.call("GET", "/api/v1/scorecards/grid/values"), 200, "grid")
            totals["runs"] += 1
            totals["after" if after else "before"] += 1
            totals[state] += 1
            totals["violations"] += len(violations)
            totals["grid_acked"] += grid.acked
            totals["edits_acked"] += edits.acked
            if grid_now and int(grid_now[0]["value"]) > grid.acked:
                totals["grid_unacked_there"] += 1
            card = expect(server.call("GET", "/api/v1/scorecards/edited"), 200, "edited")
            if card["version"] - 1 > edits.acked:
                totals["edits_unacked_there"] += 1
            line = (f"run {run} [{store}]: kill at {killed_at - t0:.2f} s ({'after' if after else 'before'} the import's"
                    f" acknowledgement): import {state}; grid edits acknowledged {grid.acked}/{grid.sent};"
                    f" scorecard edits acknowledged {edits.acked}/{edits.sent}")
            if violations or verbose:
                print(line + ("" if not violations else "\n  VIOLATION " + "\n  VIOLATION ".join(violations)),
                      flush=True)
            server.kill()
        finally:
            if server.proc and server.proc.poll() is None:
                server.kill()
            if store == "postgresql":
                drop_schema(schema)
            if totals["violations"] == 0:
                shutil.rmtree(work, ignore_errors=True)
            else:
                print(f"  (kept {work} for a look)", flush=True)
    return totals


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    verbose = os.environ.get("CRASH_VERBOSE", "1") == "1"
    source = os.path.join(ROOT, "kinerja-app", "target", "kinerja.jar")
    if not os.path.isfile(source):
        sys.exit("crash-safety: build the jar first (./kinerja --version)")
    keep = tempfile.mkdtemp(prefix="kinerja-crash-jar-")
    jar = os.path.join(keep, "kinerja.jar")
    shutil.copy(source, jar)  # a rebuild meanwhile cannot pull it away
    stores = ["embedded", "postgresql"] if which == "both" else [which]
    failed = False
    try:
        for store in stores:
            t = series(jar, store, runs, rows, verbose)
            print(f"crash-safety [{store}]: {t['runs']} runs of {rows}-row imports with grid and scorecard edits;"
                  f" kills before the import's acknowledgement {t['before']}, after {t['after']};"
                  f" import after restart: all {t['all']}, none {t['none']}, partial {t['partial']};"
                  f" grid edits acknowledged {t['grid_acked']} (an unacknowledged one there in {t['grid_unacked_there']} runs);"
                  f" scorecard edits acknowledged {t['edits_acked']} (an unacknowledged one there in"
                  f" {t['edits_unacked_there']} runs); violations {t['violations']}", flush=True)
            failed |= t["violations"] > 0
    finally:
        shutil.rmtree(keep, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
