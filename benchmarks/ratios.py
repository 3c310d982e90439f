#!/usr/bin/env python3
"""Prints the comparison table of README.md from JMH JSON results.

    java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff results.json
    python3 benchmarks/ratios.py [--median | --least] results.json [more.json ...]

Each time is JMH's score: the mean of the average times of every measurement iteration, in every
fork. With --median, each time is the median of those iterations' average times instead, which a
burst of load on a shared machine moves less: an iteration it slows is one of many, not a share of
the mean. With --least, each time is the least of those iterations' average times: what the code
takes when the machine is at its fastest, as load only ever adds time. Results of several files are
merged; a benchmark in two files keeps the last.
"""
import json
import statistics
import sys


def load(paths, estimate):
    time, alloc = {}, {}
    for path in paths:
        for r in json.load(open(path)):
            name = r["benchmark"].rsplit(".", 1)[1]
            size = r.get("params", {}).get("size")
            key = name + ("[" + size + "]" if size else "")
            metric = r["primaryMetric"]
            unit = metric["scoreUnit"]
            iterations = [v for fork in metric["rawData"] for v in fork]
            if estimate == "median":
                score = statistics.median(iterations)
            elif estimate == "least":
                score = min(iterations)
            else:
                score = metric["score"]
            time[key] = score * (1000.0 if unit == "ms/op" else 1.0)  # microseconds
            gc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            if gc:
                alloc[key] = gc["score"]
    return time, alloc


def main():
    args = sys.argv[1:]
    options = {"--median": "median", "--least": "least"}
    unknown = [a for a in args if a.startswith("--") and a not in options]
    chosen = [options[a] for a in args if a in options]
    if unknown or len(chosen) > 1 or len(args) == len(chosen):
        sys.exit("usage: ratios.py [--median | --least] results.json [more.json ...]")
    time, alloc = load([a for a in args if a not in options], chosen[0] if chosen else "mean")
    rows = [
        ("read the seed JSON: this module / plain records", lambda: "%.2f×" % (time["read_module"] / time["read_records"]),
         "≤ 1.2×"),
        ("read + validate: this module / plain records read alone",
         lambda: "%.2f×" % (time["readValidate_module"] / time["read_records"]), "≤ 1.3×"),
        ("standard validation: Hibernate Validator / ours",
         lambda: "ours %.1f× faster" % (time["validate_hibernate"] / time["validate_ours"]), "≥ 5× faster"),
        ("conversion: Moneta Money / ours",
         lambda: "ours %.0f× faster" % (time["convert_moneta"] / time["convert_ours"]), "keep ≥ 20×"),
        ("conversion: ours / bare BigDecimal", lambda: "%.2f×" % (time["convert_ours"] / time["convert_bigDecimal"]),
         "≤ 1.1×"),
        ("conversion: ours / the same division, bare",
         lambda: "%.2f×" % (time["convert_ours"] / time["convert_bigDecimalDivide"]), "(none)"),
        ("write: this module / plain records", lambda: "%.2f×" % (time["write_module"] / time["write_records"]),
         "≤ 1.0×"),
        ("series check of 10⁵ vs 10⁴ briefings",
         lambda: "%.1f×" % (time["series_check[100000]"] / time["series_check[10000]"]), "≤ 11×"),
        ("series check, allocated per briefing",
         lambda: "%.1f KB" % (alloc["series_check[100000]"] / 100000 / 1024), "≤ 2 KB"),
        ("read the seed, allocated",
         lambda: "%.0f KB (records %.0f KB)" % (alloc["read_module"] / 1024, alloc["read_records"] / 1024), "≤ 32 KB"),
    ]
    print("| comparison | measured | goal |")
    print("|---|---|---|")
    for comparison, measured, goal in rows:
        try:
            value = measured()
        except KeyError as e:  # a run of some benchmarks only, or without -prof gc
            value = "(no %s in the results)" % e.args[0]
        print("| %s | %s | %s |" % (comparison, value, goal))


if __name__ == "__main__":
    main()
