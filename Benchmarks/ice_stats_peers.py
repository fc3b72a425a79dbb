#!/usr/bin/env python3
"""Time reading the Facilities sheet of every ICE detention-statistics workbook in a folder
with python-calamine and with openpyxl (read-only), and optionally a command of ours, in the
same run, best of N, as a table.

    pip install python-calamine openpyxl
    python3 Benchmarks/ice_stats_peers.py ../shared/data/ice-stats \
        --vigil ".build/release/vigil import ice-stats --database-url sqlite:///tmp/x.sqlite {folder}"

The peers read the first sheet whose trimmed name starts with "Facilities", as Vigil
does; a third row has python-calamine read every sheet Vigil reads (that one and, when the
workbook has them, the monthly segregation and the vulnerable and special population
sheets). Each peer materialises every cell value of the sheets it reads, as Vigil does
before interpreting it. The command, when given, is run as a subprocess (its start-up time
is counted; `{folder}` is replaced by the folder). Run by hand, never in CI.
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
    def run(_paths):
        completed = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if completed.returncode != 0:
            raise RuntimeError("command failed (%d): %s" % (completed.returncode, completed.stderr.decode()[-500:]))
        return None
    run.setup = setup
    return run


def best_of(function, paths, repeats):
    times = []
    result = None
    for _ in range(repeats):
        # A command's setup (emptying its database) runs before each run, untimed.
        if getattr(function, "setup", None):
            subprocess.run(function.setup, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = time.perf_counter()
        result = function(paths)
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="folder holding the .xlsx workbooks")
    parser.add_argument("--vigil", action="append", default=[],
                        help="a command to time alongside (may be given again); {folder} is replaced by the folder")
    parser.add_argument("--repeats", type=int, default=3, help="runs per reader; the best is reported (default 3)")
    parser.add_argument("--setup", action="append", default=[],
                        help="run untimed before each run of the --vigil command in the same position (e.g. emptying its database)")
    arguments = parser.parse_args()

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

    print("%d workbooks in %s, best of %d" % (len(paths), arguments.folder, arguments.repeats))
    print("| reader | seconds | cells read |")
    print("|---|---:|---:|")
    for name, function in readers:
        try:
            seconds, cells = best_of(function, paths, arguments.repeats)
            print("| %s | %.3f | %s |" % (name, seconds, "-" if cells is None else cells))
        except ImportError as error:
            print("| %s | not installed (%s) | |" % (name, error))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
