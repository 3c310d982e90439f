#!/usr/bin/env python3
"""Prints the comparison table of README.md from a JMH JSON result.

    java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff results.json
    python3 benchmarks/ratios.py results.json
"""
import json
import sys


def load(path):
    time, alloc = {}, {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 1)[1]
        size = r.get("params", {}).get("size")
        key = name + ("[" + size + "]" if size else "")
        unit = r["primaryMetric"]["scoreUnit"]
        score = r["primaryMetric"]["score"]
        time[key] = score * (1000.0 if unit == "ms/op" else 1.0)  # microseconds
        gc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if gc:
            alloc[key] = gc["score"]
    return time, alloc


def main():
    time, alloc = load(sys.argv[1])
    rows = [
        ("read the seed JSON: this module / plain records", "%.2f×" % (time["read_module"] / time["read_records"]), "≤ 1.2×"),
        ("read + validate: this module / plain records read alone",
         "%.2f×" % (time["readValidate_module"] / time["read_records"]), "≤ 1.3×"),
        ("standard validation: Hibernate Validator / ours",
         "ours %.1f× faster" % (time["validate_hibernate"] / time["validate_ours"]), "≥ 5× faster"),
        ("conversion: Moneta Money / ours", "ours %.0f× faster" % (time["convert_moneta"] / time["convert_ours"]),
         "keep ≥ 20×"),
        ("conversion: ours / bare BigDecimal", "%.2f×" % (time["convert_ours"] / time["convert_bigDecimal"]), "≤ 1.1×"),
        ("conversion: ours / the same division, bare", "%.2f×" % (time["convert_ours"] / time["convert_bigDecimalDivide"]),
         "(none)"),
        ("write: this module / plain records", "%.2f×" % (time["write_module"] / time["write_records"]), "≤ 1.0×"),
        ("series check of 10⁵ vs 10⁴ briefings",
         "%.1f×" % (time["series_check[100000]"] / time["series_check[10000]"]), "≤ 11×"),
        ("series check, allocated per briefing", "%.1f KB" % (alloc["series_check[100000]"] / 100000 / 1024), "≤ 2 KB"),
        ("read the seed, allocated", "%.0f KB (records %.0f KB)" % (alloc["read_module"] / 1024, alloc["read_records"] / 1024),
         "≤ 32 KB"),
    ]
    print("| comparison | measured | goal |")
    print("|---|---|---|")
    for row in rows:
        print("| %s | %s | %s |" % row)


if __name__ == "__main__":
    main()
