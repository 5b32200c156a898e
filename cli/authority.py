"""``arkg authority check|add|generate``: curate the reference data without editing code.

``check`` reads every authority file and reports all problems at once, each as ``file:line:
problem``. ``add`` appends one row (``column=value`` pairs) to a file and keeps it only if the
whole data set still checks. ``generate`` rewrites the files made from field data
(``countries.csv`` from CLDR/iso-codes, ``places.csv`` from GeoNames) after an edit in
``ingest/authority/curated/``. A rebuild (``arkg build``) then relinks every document: the
documents' marks include a fingerprint of the authority data, so a change re-extracts them.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from arkg.ingest.authority import PACKAGE_DIR, AuthorityError, load


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("authority", help="check, add to or regenerate the reference data files")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="validate every authority file; all problems as file:line")
    check.add_argument("--dir", type=Path, default=PACKAGE_DIR, help="folder of the authority CSV files")
    check.set_defaults(run=run_check)
    add = sub.add_parser("add", help="append a row to an authority file (kept only if everything still checks)")
    add.add_argument("file", help="file name, e.g. organizations.csv")
    add.add_argument("cells", nargs="+", metavar="COLUMN=VALUE")
    add.add_argument("--dir", type=Path, default=PACKAGE_DIR, help="folder of the authority CSV files")
    add.set_defaults(run=run_add)
    gen = sub.add_parser("generate", help="regenerate countries.csv and places.csv from field data + curated/")
    gen.set_defaults(run=run_generate)


def run_check(args: argparse.Namespace) -> int:
    try:
        authority = load(args.dir)
    except AuthorityError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s)")
        return 1
    print(f"ok: {len(authority.batch.nodes)} entities, {len(authority.batch.edges)} relationships, "
          f"{len(authority.aliases)} names")
    return 0


def run_add(args: argparse.Namespace) -> int:
    path = args.dir / args.file
    if not path.is_file():
        raise SystemExit(f"{path}: no such authority file")
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    cells = dict(cell.split("=", 1) for cell in args.cells if "=" in cell)
    bad = [c for c in args.cells if "=" not in c] + [k for k in cells if k not in header]
    if bad:
        raise SystemExit(f"{args.file}: not COLUMN=VALUE of this file: {', '.join(bad)} (columns: {', '.join(header)})")
    before = path.read_text(encoding="utf-8")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([cells.get(c, "") for c in header])
    path.write_text(before + ("" if before.endswith("\n") else "\n") + buf.getvalue(), encoding="utf-8")
    try:
        load(args.dir)
    except AuthorityError as exc:
        path.write_text(before, encoding="utf-8")
        print("\n".join(exc.problems))
        print(f"not added: {len(exc.problems)} problem(s)")
        return 1
    print(f"added {cells.get('id', '')} to {args.file}; run `arkg build` to relink the documents")
    return 0


def run_generate(args: argparse.Namespace) -> int:
    from arkg.ingest.authority import countries, geography

    n_countries = countries.generate()
    n_places = geography.generate()
    print(f"countries.csv: {n_countries} rows; places.csv: {n_places} rows")
    return 0
