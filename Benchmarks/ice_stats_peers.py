#!/usr/bin/env python3
"""Time reading the Facilities sheet of every ICE detention-statistics workbook in a folder
with python-calamine and with openpyxl (read-only), and optionally a command of ours, in the
same run, as a table: N rounds, each reader once a round in turn, and each reader's best and
median time and the median of its per-round ratios to python-calamine.

    pip install python-calamine openpyxl
    python3 Benchmarks/ice_stats_peers.py ../shared/data/ice-stats \
        --vigil ".build/release/vigil import ice-stats --database-url sqlite:///tmp/x.sqlite {folder}"

The peers read the first sheet whose trimmed name starts with "Facilities", as Vigil
does; a third row has python-calamine read every sheet Vigil reads (that one and, when the
workbook has them, the monthly segregation and the vulnerable and special population
sheets). Each peer materialises every cell value of the sheets it reads, as Vigil does
before interpreting it. The command, when given, is run as a subprocess (its start-up time
is counted; `{folder}` is replaced by the folder), started directly rather than through a shell:
no pipes or redirections in it. Run by hand, never in CI.
"""
import argparse
import glob
import os
import shlex
import subprocess
import sys
import time


def facilities_sheet(names):
    for name in names:
        if name.strip().lower().startswith("facilities"):
            return name
    raise ValueError("no Facilities sheet among %r" % (names,))


def vigil_sheets(names):
    """Every sheet Vigil reads: the Facilities sheet, and the monthly segregation and the
    vulnerable and special population sheets when the workbook has them (matched as
    SegregationSheetReader and VulnerablePopulationSheetReader match them)."""
    sheets = [facilities_sheet(names)]
    for name in names:
        folded = name.strip().lower()
        if folded.endswith("monthly segregation"):
            sheets.append(name)
            break
    for name in names:
        folded = name.strip().lower()
        if folded.startswith("vulnerable") and "special population" in folded:
            sheets.append(name)
            break
    return sheets


def read_with_calamine(paths, sheets_of=lambda names: [facilities_sheet(names)]):
    from python_calamine import CalamineWorkbook
    cells = 0
    for path in paths:
        workbook = CalamineWorkbook.from_path(path)
        for sheet in sheets_of(workbook.sheet_names):
            rows = workbook.get_sheet_by_name(sheet).to_python()
            cells += sum(len(row) for row in rows)
    return cells


def read_with_calamine_vigil_sheets(paths):
    return read_with_calamine(paths, vigil_sheets)


def read_with_openpyxl(paths):
    import openpyxl
    cells = 0
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = workbook[facilities_sheet(workbook.sheetnames)]
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
        workbook.close()
    return cells


def run_command(command, setup=None):
    # Started directly, not through /bin/sh: a shell in between added about 1 ms a run (Debian's
    # dash, measured beside `/bin/true` started directly), which no peer pays.
    arguments = shlex.split(command)
    def run(_paths):
        completed = subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if completed.returncode != 0:
            raise RuntimeError("command failed (%d): %s" % (completed.returncode, completed.stderr.decode()[-500:]))
        return None
    run.setup = setup
    return run


def timed(function, paths):
    """One run of a reader: its seconds and what it returned. A command's setup (emptying its
    database) runs first, untimed."""
    if getattr(function, "setup", None):
        subprocess.run(function.setup, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.perf_counter()
    result = function(paths)
    return time.perf_counter() - start, result


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="folder holding the .xlsx workbooks")
    parser.add_argument("--vigil", action="append", default=[],
                        help="a command to time alongside (may be given again); {folder} is replaced by the folder")
    parser.add_argument("--repeats", type=int, default=3, help="rounds, each running every reader once (default 3)")
    parser.add_argument("--setup", action="append", default=[],
                        help="run untimed before each run of the --vigil command in the same position (e.g. emptying its database)")
    arguments = parser.parse_args()
    if arguments.repeats < 1:
        parser.error("--repeats must be at least 1")

    paths = sorted(glob.glob(os.path.join(arguments.folder, "*.xlsx")))
    if not paths:
        sys.exit("no .xlsx files in %s" % arguments.folder)

    readers = [("python-calamine", read_with_calamine), ("openpyxl (read_only)", read_with_openpyxl),
               # Not the goal's peer, which reads the Facilities sheets alone: the same sheets Vigil reads, for scale.
               ("python-calamine, every sheet Vigil reads", read_with_calamine_vigil_sheets)]
    for index, vigil in enumerate(arguments.vigil):
        command = vigil.replace("{folder}", shlex.quote(arguments.folder))
        setup = arguments.setup[index] if index < len(arguments.setup) else None
        readers.append(("vigil: " + vigil, run_command(command, setup or None)))

    # Rounds, each reader once per round in turn: on a shared machine whose speed drifts, a
    # reader's time is compared with the peer's in the same round (the median of those ratios),
    # not with a best time taken minutes earlier.
    times = {name: [] for name, _ in readers}
    cells = {}
    missing = {}
    for _ in range(arguments.repeats):
        for name, function in readers:
            if name in missing:
                continue
            try:
                seconds, result = timed(function, paths)
            except ImportError as error:
                missing[name] = error
                continue
            times[name].append(seconds)
            cells[name] = result

    peer = readers[0][0]
    print("%d workbooks in %s, %d rounds (each reader once a round, in turn)" % (len(paths), arguments.folder, arguments.repeats))
    print("| reader | best s | median s | cells read | median of the rounds' ratios to %s |" % peer)
    print("|---|---:|---:|---:|---:|")
    for name, _ in readers:
        if name in missing:
            print("| %s | not installed (%s) | | | |" % (name, missing[name]))
            continue
        ratios = [mine / theirs for mine, theirs in zip(times[name], times[peer])] if peer not in missing else []
        print("| %s | %.3f | %.3f | %s | %s |" % (
            name, min(times[name]), median(times[name]), "-" if cells[name] is None else cells[name],
            "%.2f" % median(ratios) if ratios else "-"))


if __name__ == "__main__":
    main()
