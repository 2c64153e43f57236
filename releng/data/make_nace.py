#!/usr/bin/env python3
"""Writes nace-rev2.csv of the bundle org.liaison.contacts, the NACE Rev. 2 taxonomy Liaison ships.

Sections and divisions with English and French titles come from nace_divisions_en.tsv beside this
script (the Eurostat NACE Rev. 2 titles; French section titles of the INSEE NAF rev. 2). French
titles of divisions, groups and classes come from the npm package @socialgouv/codes-naf (Apache-2.0),
unpacked with `npm pack @socialgouv/codes-naf && tar xzf socialgouv-codes-naf-*.tgz`:

    python3 make_nace.py package/index.json
"""
import csv
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
naf = {entry["id"]: entry["label"] for entry in json.load(open(sys.argv[1], encoding="utf-8"))}
sections, divisions = [], {}
for line in open(os.path.join(here, "nace_divisions_en.tsv"), encoding="utf-8"):
    fields = line.rstrip("\n").split("\t")
    if len(fields[0]) == 1:
        sections.append((fields[0], fields[2], fields[3]))
    else:
        divisions[fields[0]] = (fields[1], fields[2])
if len(sections) != 21 or len(divisions) != 88:
    sys.exit("expected 21 sections and 88 divisions")

out = os.path.join(here, "..", "..", "bundles", "org.liaison.contacts", "src", "main", "resources",
                   "org", "liaison", "contacts", "sectors", "nace-rev2.csv")
with open(out, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["code", "level", "parent", "label_en", "label_fr"])
    for code, en, fr in sections:
        writer.writerow([code, "section", "", en, fr])
    for code, (section, en) in sorted(divisions.items()):
        writer.writerow([code, "division", section, en, naf[code]])
    for code in sorted(naf):
        if len(code) == 4:  # group, e.g. 62.0
            writer.writerow([code, "group", code[:2], "", naf[code]])
        elif len(code) == 5:  # class, e.g. 62.01 (NAF sub-classes such as 62.01Z are French only)
            writer.writerow([code, "class", code[:4], "", naf[code]])
print("wrote", out)
