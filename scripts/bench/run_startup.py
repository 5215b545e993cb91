#!/usr/bin/env python3
"""Start-up benchmark: how long `partnerdesk --quit-after-first-paint` takes, and how much
memory it peaks at, with 0 to 100,000 instances, next to a bare Qt Widgets window
(partnerdesk-bench-bare-window) that stops the same way. scripts/bench.sh builds what this needs
and runs it inside scripts/test-session.sh (private HOME, real keychain, offscreen Qt), so the
bench-N profiles it fills are thrown away with the session:

    dbus-run-session -- scripts/test-session.sh scripts/bench/run_startup.py --build-dir build/release

For each instance count N it writes a CSV of N made-up customers (customers_csv.py) and imports
it with partnerdesk-cli into the profile bench-N (timed: the 'import' figure), then runs the bare
window and the app alternately, after a few warm-up runs, each timed from exec to exit; the peak
resident set size of each run is the kernel's for that child (wait4's ru_maxrss, as VmHWM).
Writes BUILD_DIR/bench/results.json (the machine, then one object per measurement) and
results.md, whose table it also prints.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

RUN_TIMEOUT_S = 600
APP = "partnerdesk"
BARE = "bare-window"
IMPORT = "import"
HERE = os.path.dirname(os.path.abspath(__file__))
TRUE = shutil.which("true") or "/bin/true"


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def fork_exec(argv, scratch):
    """Runs argv once, standard output and error to files in scratch; returns its exit status,
    its peak RSS in KiB and the wall milliseconds from before fork() to after wait4()."""
    start = time.perf_counter_ns()
    pid = os.fork()
    if pid == 0:
        try:
            for fd, name, flags in ((0, os.devnull, os.O_RDONLY),
                                    (1, os.path.join(scratch, "stdout"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                    (2, os.path.join(scratch, "stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
                os.dup2(os.open(name, flags, 0o600), fd)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    signal.alarm(RUN_TIMEOUT_S)
    try:
        _, status, usage = os.wait4(pid, 0)
    except Timeout:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        sys.exit(f"run_startup.py: {' '.join(argv)} did not end within {RUN_TIMEOUT_S} s")
    finally:
        signal.alarm(0)
    wall_ms = (time.perf_counter_ns() - start) / 1e6
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss, wall_ms


def measure(argv, scratch):
    """Runs argv once; returns wall milliseconds from exec to exit and the child's peak RSS (KiB)."""
    # A child's ru_maxrss counts the memory it was created with: this process's peak when the
    # two share it (posix_spawn, and subprocess, use vfork), what fork() copied otherwise. So
    # fork, keep this process small (the CSV is written by another, the JSON list is never held
    # whole), and refuse a figure no higher than /bin/true's: it would be this script's.
    _, floor_kib, _ = fork_exec([TRUE], scratch)
    code, peak_kib, wall_ms = fork_exec(argv, scratch)
    if code != 0:
        with open(os.path.join(scratch, "stderr"), encoding="utf-8", errors="replace") as err:
            sys.exit(f"run_startup.py: {' '.join(argv)} exited with {code}:\n{err.read()}")
    if peak_kib <= floor_kib:
        sys.exit(f"run_startup.py: {' '.join(argv)} peaked at {peak_kib} KiB, no more than /bin/true "
                 f"started the same way ({floor_kib} KiB): that is this script's memory, not its own")
    return wall_ms, peak_kib


def instance_count(cli, profile):
    """How many instances the profile holds, counted in the CLI's JSON list as it streams by:
    read whole, 100,000 of them would grow this process (see measure())."""
    key = b'"idSuffix"'
    count, tail = 0, b""
    with subprocess.Popen([cli, "--profile", profile, "list", "--json"], stdout=subprocess.PIPE) as listing:
        while chunk := listing.stdout.read(1 << 16):
            text = tail + chunk
            count += text.count(key)
            # A key cut in two by the chunk boundary is found next time; one already counted never is.
            tail = text[-(len(key) - 1):]
    if listing.returncode != 0:
        sys.exit(f"run_startup.py: partnerdesk-cli --profile {profile} list exited with {listing.returncode}")
    return count


def read_first(path, pattern, default="unknown"):
    try:
        with open(path, encoding="utf-8") as source:
            for line in source:
                match = re.match(pattern, line)
                if match:
                    return match.group(1).strip().strip('"')
    except OSError:
        pass
    return default


def machine_info(build_dir):
    qt_dir = read_first(os.path.join(build_dir, "CMakeCache.txt"), r"Qt6Core_DIR:PATH=(.*)")
    qt_version = read_first(os.path.join(qt_dir, "Qt6CoreConfigVersionImpl.cmake"),
                            r'set\(PACKAGE_VERSION "([^"]+)"\)')
    mem_kib = read_first("/proc/meminfo", r"MemTotal:\s+(\d+) kB", "0")
    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], check=True,
                                capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "cpu": read_first("/proc/cpuinfo", r"model name\s*:\s*(.*)"),
        "cores": os.cpu_count(),
        "ram_mib": int(mem_kib) // 1024,
        "os": read_first("/etc/os-release", r"PRETTY_NAME=(.*)", platform.system()),
        "kernel": platform.release(),
        "qt": qt_version,
        "qpa_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "build_type": read_first(os.path.join(build_dir, "CMakeCache.txt"), r"CMAKE_BUILD_TYPE:STRING=(.*)"),
        "commit": commit,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def summarize(measurements, program, count, key):
    values = [m[key] for m in measurements if m["program"] == program and m["instances"] == count]
    return statistics.median(values), min(values), max(values)


def ms_text(value):
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"


def time_cell(median, low, high):
    """'2.95 s (2.90–3.10)': the range in the median's unit."""
    if median >= 1000:
        return f"{median / 1000:.2f} s ({low / 1000:.2f}–{high / 1000:.2f})"
    return f"{median:.0f} ms ({low:.0f}–{high:.0f})"


def memory_cell(median, low, high):
    return f"{median / 1024:.1f} MiB ({low / 1024:.1f}–{high / 1024:.1f})"


def markdown(info, settings, measurements):
    lines = [
        f"Start-up, {info['build_type']} build {info['commit']}, {info['date']}: {info['cpu']}, "
        f"{info['cores']} cores, {info['ram_mib'] / 1024:.1f} GiB RAM, {info['os']}, Qt {info['qt']}, "
        f"QPA {info['qpa_platform']}. Median (min–max) of {settings['runs']} runs each, bare window "
        f"and app alternating, after {settings['warmup']} warm-up runs; peak RSS is VmHWM.",
        "",
        "| instances | import (CLI) | start-up: app | bare window | app / bare "
        "| peak RSS: app | bare window | app / bare |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for count in settings["counts"]:
        import_ms, _, _ = summarize(measurements, IMPORT, count, "wall_ms")
        cells = [f"{count:,}", ms_text(import_ms)]
        for key, cell in (("wall_ms", time_cell), ("peak_rss_kib", memory_cell)):
            app = summarize(measurements, APP, count, key)
            bare = summarize(measurements, BARE, count, key)
            cells += [cell(*app), cell(*bare), f"{app[0] / bare[0]:.2f}×"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", required=True, help="a build with partnerdesk, partnerdesk-cli "
                        "and partnerdesk-bench-bare-window (tests on)")
    parser.add_argument("--counts", default="0 1000 10000 100000", help="instance counts, e.g. \"0 1000\"")
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each program per count")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured runs of each first")
    args = parser.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or "partnerdesk-test-home" not in os.environ.get("HOME", ""):
        # test-session.sh's HOME: the bench-N profiles and their keychain item go with it.
        sys.exit("run_startup.py: run me through scripts/bench.sh, or inside scripts/test-session.sh: "
                 "I fill profiles with made-up instances, which belong in a throw-away HOME")
    counts = [int(c) for c in args.counts.split()]
    if not counts or min(counts) < 0 or args.runs < 1 or args.warmup < 0:
        sys.exit("run_startup.py: --counts needs instance counts >= 0, --runs at least 1")

    build_dir = os.path.abspath(args.build_dir)
    app = os.path.join(build_dir, "app/desktop/partnerdesk")
    cli = os.path.join(build_dir, "app/cli/partnerdesk-cli")
    bare = os.path.join(build_dir, "tests/bench/partnerdesk-bench-bare-window")
    for path in (app, cli, bare):
        if not os.access(path, os.X_OK):
            sys.exit(f"run_startup.py: {path} is missing; build it first (scripts/bench.sh does)")

    signal.signal(signal.SIGALRM, on_alarm)
    info = machine_info(build_dir)
    settings = {"counts": counts, "runs": args.runs, "warmup": args.warmup}
    measurements = []
    with tempfile.TemporaryDirectory(prefix="partnerdesk-bench-") as scratch:
        for count in counts:
            profile = f"bench-{count}"
            if instance_count(cli, profile) != 0:
                sys.exit(f"run_startup.py: the profile {profile} already has instances")
            csv_path = os.path.join(scratch, f"{profile}.csv")
            subprocess.run([sys.executable, os.path.join(HERE, "customers_csv.py"), str(count), csv_path],
                           check=True)
            print(f"{count:,} instances: importing…", file=sys.stderr, flush=True)
            wall_ms, rss = measure([cli, "--profile", profile, "import", csv_path], scratch)
            measurements.append({"program": IMPORT, "instances": count, "run": 1,
                                 "wall_ms": round(wall_ms, 3), "peak_rss_kib": rss})
            if instance_count(cli, profile) != count:
                sys.exit(f"run_startup.py: the profile {profile} does not hold {count} instances after the import")

            commands = {BARE: [bare], APP: [app, "--profile", profile, "--quit-after-first-paint"]}
            print(f"{count:,} instances: {ms_text(wall_ms)} to import; start-up, "
                  f"{args.warmup} + {args.runs} runs each…", file=sys.stderr, flush=True)
            for run in range(-args.warmup, args.runs):
                # Alternating, and which goes first alternates too, so a drift in the machine's
                # speed (another process, CPU frequency) weighs on both alike.
                order = (BARE, APP) if run % 2 == 0 else (APP, BARE)
                for program in order:
                    wall_ms, rss = measure(commands[program], scratch)
                    if run >= 0:
                        measurements.append({"program": program, "instances": count, "run": run + 1,
                                             "wall_ms": round(wall_ms, 3), "peak_rss_kib": rss})

    out_dir = os.path.join(build_dir, "bench")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "results.json"), "w", encoding="utf-8") as out:
        json.dump({"suite": "startup", "machine": info, "settings": settings,
                   "measurements": measurements}, out, indent=1, ensure_ascii=False)
        out.write("\n")
    table = markdown(info, settings, measurements)
    with open(os.path.join(out_dir, "results.md"), "w", encoding="utf-8") as out:
        out.write(table)
    print(table, end="")


if __name__ == "__main__":
    main()
