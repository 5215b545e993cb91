#!/usr/bin/env python3
"""Fills the English catalogue's plural forms from the "(s)" convention of the sources.

English is the source language, so partnerdesk_en.ts carries only plural forms:
"%n second(s)" becomes "%n second" / "%n seconds". Run after update_translations:
    cmake --build build/dev --target update_translations && scripts/english-plurals.py
The file keeps lupdate's own layout, so the diff shows only the messages filled.
With a path, fills that file instead (the i18n.catalogues test runs it on a copy).
"""
import re
import sys
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "translations" / "partnerdesk_en.ts"

UNFINISHED = re.compile(
    r'(?P<indent>[ ]*)<message numerus="yes">\n'
    r'(?P=indent)    <source>(?P<source>.*?)</source>\n'
    r'(?P=indent)    <translation type="unfinished">\n'
    r'(?:.*?\n)*?'
    r'(?P=indent)    </translation>\n')


def filled(match: re.Match) -> str:
    indent, source = match["indent"], match["source"]
    # Without "(s)" (as in "in %n s") both forms are the source itself.
    singular, plural = source.replace("(s)", ""), source.replace("(s)", "s")
    inner = indent + "    "
    return (f'{indent}<message numerus="yes">\n'
            f'{inner}<source>{source}</source>\n'
            f'{inner}<translation>\n'
            f'{inner}    <numerusform>{singular}</numerusform>\n'
            f'{inner}    <numerusform>{plural}</numerusform>\n'
            f'{inner}</translation>\n')


def main() -> int:
    catalogue = Path(sys.argv[1]) if len(sys.argv) > 1 else CATALOGUE
    text = catalogue.read_text(encoding="utf-8")
    text, count = UNFINISHED.subn(filled, text)
    catalogue.write_text(text, encoding="utf-8")
    print(f"{count} plural message(s) filled in {catalogue.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
