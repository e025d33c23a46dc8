#!/usr/bin/env python3
"""Instructions per request, which a noisy machine does not move.

    python3 tests/load/instructions.py target/release/cinema LABEL

Starts the server under valgrind's callgrind with a fresh database in a temporary folder, registers
one customer, lifts the hold rate limits, and counts the instructions of three requests made one at
a time: the seat map page, a grid poll answered 304, and a hold and release of one seat (HTMX).
Needs valgrind (Debian's package) and Python 3. The counts cover every thread of the server but not
the kernel (so not fsync). Figures in docs/BENCHMARKS.md.
"""
import sys, os, subprocess, time, socket, tempfile, re, glob, http.client, urllib.parse, sqlite3
binary, label = sys.argv[1], sys.argv[2]
d = tempfile.mkdtemp(prefix="cg-")
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
env = dict(os.environ, CINEMA_BIND=f"127.0.0.1:{port}", CINEMA_DATABASE_URL=f"{d}/cinema.db",
           CINEMA_DEMO="1", CINEMA_ADMIN_PASSWORD="admin-password-long", CINEMA_HOLD_SECONDS="3600",
           CINEMA_REGISTRATIONS_PER_HOUR="1000000", RUST_LOG="warn")
out = f"{d}/callgrind.out"
p = subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary], env=env,
                     stdout=open(f"{d}/log", "w"), stderr=subprocess.STDOUT)
cookies = {}
def req(method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    h = dict(headers or {})
    if cookies: h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        body = urllib.parse.urlencode(body); h["Content-Type"] = "application/x-www-form-urlencoded"
    c.request(method, path, body, h); r = c.getresponse(); data = r.read().decode()
    for k, v in r.getheaders():
        if k.lower() == "set-cookie":
            n, val = v.split(";")[0].split("=", 1); cookies[n] = val
    c.close(); return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
for _ in range(600):
    try:
        if req("GET", "/health")[0] == 200: break
    except Exception: time.sleep(0.5)
st, _, page = req("GET", "/register")
csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
st, _, _ = req("POST", "/register", {"csrf_token": csrf, "next": "/", "name": "Bench Viewer",
    "email": "bench@example.com", "password": "quiet lantern harbour", "password_confirm": "quiet lantern harbour"})
assert st in (200, 303), st
db = sqlite3.connect(f"{d}/cinema.db", timeout=30)
try:
    db.execute("UPDATE settings SET holds_per_minute_per_account=1000000, holds_per_minute_per_address=1000000"); db.commit()
except Exception: pass
showing = db.execute("SELECT s.id FROM showings s WHERE s.starts_at > datetime('now') ORDER BY s.starts_at LIMIT 1").fetchone()[0]
st, _, page = req("GET", f"/showings/{showing}")
csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
seat = db.execute("SELECT seat_id FROM seat_states WHERE showing_id=? AND state='free' LIMIT 1", (showing,)).fetchone()[0]
st, hdr, _ = req("GET", f"/showings/{showing}/seats", headers={"HX-Request": "true"})
etag = hdr.get("etag")
def measure(name, n, fn):
    for _ in range(20): fn()
    subprocess.run(["callgrind_control", "-z", str(p.pid)], capture_output=True)
    for _ in range(n): fn()
    before = set(glob.glob(out + "*"))
    subprocess.run(["callgrind_control", "-d", name, str(p.pid)], capture_output=True)
    time.sleep(1)
    new = sorted(set(glob.glob(out + "*")) - before) or sorted(glob.glob(out + "*"), key=os.path.getmtime)[-1:]
    total = 0
    for f in new:
        for line in open(f):
            if line.startswith("summary:") or line.startswith("totals:"):
                total = max(total, int(line.split()[1]))
    print(f"{label}\t{name}\t{total / n / 1000:.0f}k instructions per request", flush=True)
def seatmap():
    st, _, _ = req("GET", f"/showings/{showing}"); assert st == 200, st
def poll():
    st, _, _ = req("GET", f"/showings/{showing}/seats", headers={"HX-Request": "true", "If-None-Match": etag}); assert st == 304, st
def holdrelease():
    h = {"HX-Request": "true", "X-CSRF-Token": csrf}
    st, _, b = req("POST", f"/showings/{showing}/seats/{seat}/hold", {}, h); assert st == 200, (st, b[:300])
    st, _, b = req("POST", f"/showings/{showing}/seats/{seat}/release", {}, h); assert st == 200, (st, b[:300])
try:
    measure("seatmap", 200, seatmap)
    measure("poll304", 300, poll)
    measure("hold+release", 100, holdrelease)
finally:
    p.terminate(); p.wait()
