#!/usr/bin/env python3
# Deterministic edge-case Markdown files for byte-identity checks of the parse (`redline-stagebench --parse-dump`).
# Usage: python3 Benchmarks/parse-edge-cases.py OUT_DIR  (written by the parse4 round; see HISTORY.md).
import random, os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/parse4-edge"
os.makedirs(OUT, exist_ok=True)
r = random.Random(20261207)
inl = ["plain words", "*emph*", "**strong text**", "`code span`", "``double `tick``", "[a link](https://example.com/x \"t\")",
       "![img](a.png)", "<https://auto.link/x>", "&amp; &copy; &#233; &#x1F600;", "\\*not emph\\*", "a\\\nhard", "two  \nspaces",
       "über straße", "naïve café", "e\u0301 combining", "中文句子。另一句！", "日本語の文です。", "مرحبا بكم. جملة ثانية؟", "שלום עולם.",
       "emoji 😀 👍🏽 family 👨‍👩‍👧", "nbsp\u00a0here", "em\u2003space", "ideo\u3000space", "tab\tinside", "trailing   ",
       "Mr. Smith went to Washington. He stayed.", "e.g. this, i.e. that. Next one.", "Dr. No! Really? Yes.", "3.14 is pi. 2. Not a list.",
       "<span>raw</span> inline", "<b>bold</b>", "[javascript](javascript:alert(1))", "[ref link][r1]", "*nested **strong** em*",
       "line one\nline two", "line\n\n", "  leading spaces", "U.S.A. and U.K. agree.", "\"Quoted.\" Then more.", "(Parens.) After.",
       "ellipsis... and more", "a\u2028b", "x\u0085y", "Ωμέγα. Κείμενο.", "Привет. Мир!", "한국어 문장입니다. 두번째.", "ok", "", " ",
       "_under_ and __double__", "***both***", "~~strike~~", "http://bare.example", "x<sub>2</sub>", "&nbsp;&nbsp;", "\\", "`", "*"]
def para(n=None):
    n = n or r.randint(1, 5)
    sep = r.choice([" ", " ", "\n", "  ", "\t"])
    return sep.join(r.choice(inl) for _ in range(n))
def block(depth=0):
    k = r.randint(0, 14)
    if k <= 4: return para() + "\n"
    if k == 5: return "#" * r.randint(1, 6) + " " + para(2).replace("\n", " ") + r.choice(["", " ##", " #"]) + "\n"
    if k == 6: return para(2).replace("\n", " ") + "\n" + r.choice(["===", "---"]) + "\n"
    if k == 7: return "```" + r.choice(["", "js"]) + "\ncode line\n  indented <x>\n```\n"
    if k == 8: return "    indented code\n    second\n"
    if k == 9: return "\n".join("> " + l for l in block(depth + 1).split("\n")) + "\n"
    if k == 10: return r.choice(["<div>\nhtml block\n</div>\n", "<!-- comment -->\n", "<script>x()</script>\n", "<p>para *html*</p>\n"])
    if k == 11: return "[r1]: https://ref.example \"Title\"\n"
    if k == 12: return "---\n"
    return lst(depth)
def lst(depth=0):
    if depth > 6: return para() + "\n"
    ordered = r.random() < 0.4
    loose = r.random() < 0.3
    out = []
    for i in range(r.randint(1, 5)):
        marker = f"{i+1}." if ordered else r.choice(["-", "*", "+"])[:1]
        ind = " " * (len(marker) + 1)
        body = para()
        if r.random() < 0.3: body += "\n\n" + para()
        if r.random() < 0.25: body += "\n" + lst(depth + 1)
        if r.random() < 0.1: body += "\n\n```\ncode in item\n```"
        lines = body.split("\n")
        out.append(marker + " " + lines[0] + "".join("\n" + (ind + l if l else "") for l in lines[1:]))
    return ("\n\n" if loose else "\n").join(out) + "\n"
for n in range(300):
    parts = []
    if r.random() < 0.3: parts.append("---\ntitle: T\neffective: 2024-01-01\n---\n")
    for _ in range(r.randint(1, 25)): parts.append(block())
    text = "\n".join(parts)
    if r.random() < 0.1: text = text.replace("\n", "\r\n")
    open(f"{OUT}/edge-{n:03}.md", "w", encoding="utf-8").write(text)
# deep nesting
open(f"{OUT}/deep-list.md", "w").write("".join("  " * i + "- item " + str(i) + "\n" for i in range(80)))
open(f"{OUT}/deep-quote.md", "w").write("> " * 70 + "deep quote. Two.\n")
open(f"{OUT}/empty.md", "w").write("")
open(f"{OUT}/dup-headings.md", "w").write("# T\n\n## A\n\nx.\n\n## A\n\n### A\n\ny.\n\n## A-2\n\n## A\n")
