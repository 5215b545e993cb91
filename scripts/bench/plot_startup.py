#!/usr/bin/env python3
"""Draws the start-up benchmark's chart from its results.json (scripts/bench/run_startup.py):
time to the first paint and peak RSS against the number of instances, Partner Desk next to the
bare Qt window, medians with the min–max range. Uses gnuplot (pngcairo, else png).

    scripts/bench/plot_startup.py build/release/bench/results.json docs/benchmarks/startup.png
"""

import json
import os
import statistics
import subprocess
import sys

SERIES = [("partnerdesk", "Partner Desk", "#1f77b4"), ("bare-window", "bare Qt window", "#7f7f7f")]


def terminal():
    # gnuplot-nox has pngcairo (antialiased, real fonts) where cairo is built in; png is gd's.
    probe = subprocess.run(["gnuplot", "-e", "set terminal pngcairo"], capture_output=True)
    return "pngcairo" if probe.returncode == 0 else "png"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: plot_startup.py RESULTS.json OUTPUT.png")
    results_path, output_path = sys.argv[1], sys.argv[2]
    with open(results_path, encoding="utf-8") as source:
        results = json.load(source)
    machine, measurements = results["machine"], results["measurements"]
    counts = sorted({m["instances"] for m in measurements})

    # A log axis has no 0: an empty list is drawn one decade left of the smallest count, labelled 0.
    nonzero = [c for c in counts if c > 0]
    zero_x = min(nonzero) / 10 if nonzero else 1
    def x_of(count):
        return count if count > 0 else zero_x

    blocks = []
    for program, _, _ in SERIES:
        for key, scale in (("wall_ms", 1), ("peak_rss_kib", 1024)):
            rows = []
            for count in counts:
                values = [m[key] / scale for m in measurements if m["program"] == program and m["instances"] == count]
                if values:
                    rows.append(f"{x_of(count):g} {statistics.median(values):.3f} {min(values):.3f} {max(values):.3f}")
            blocks.append(f"${program.replace('-', '_')}_{key} << EOD\n" + "\n".join(rows) + "\nEOD\n")

    xtics = ", ".join(f'"{c:,}" {x_of(c):g}' for c in counts)
    def plot(key):
        return "plot " + ", \\\n     ".join(
            f"${program.replace('-', '_')}_{key} using 1:2:3:4 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '{color}' title '{title}'"
            for program, title, color in SERIES)

    subtitle = (f"{machine['build_type']} build, {machine['cpu']}, {machine['cores']} cores, {machine['os']}, "
                f"Qt {machine['qt']} ({machine['qpa_platform']}), {machine['date'][:10]}; "
                f"median and min–max of {results['settings']['runs']} runs")
    script = "".join(blocks) + f"""
set terminal {terminal()} noenhanced size 1280,560 font ",10"
set output '{output_path}'
set multiplot layout 1,2 title "Start-up to the first paint of the list\\n{subtitle}"
set logscale x
set xrange [{zero_x / 2:g}:{max(counts + [1]) * 2:g}]
set xtics ({xtics})
set xlabel "instances"
set yrange [0:*]
set grid
set key top left
set ylabel "time from exec to exit (ms)"
{plot("wall_ms")}
set ylabel "peak RSS (MiB)"
{plot("peak_rss_kib")}
unset multiplot
"""
    os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


if __name__ == "__main__":
    main()
