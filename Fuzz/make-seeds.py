#!/usr/bin/env python3
"""Writes the fuzz seed corpus from the real policy histories in ../shared/corpus/real.

Each seed is two documents joined by one 0x00 byte (the fuzz target splits there):
consecutive versions of one policy, cut into windows of at most MAX bytes at heading
boundaries, so libFuzzer starts from real edits of real Markdown.
Usage: make-seeds.py CORPUS_DIR OUT_DIR
"""
import hashlib, os, re, sys

MAX = 2000
corpus, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

def windows(text):
    parts = re.split(rb"(?m)^(?=#{1,6} )", text)
    chunk = b""
    for part in parts:
        if chunk and len(chunk) + len(part) > MAX:
            yield chunk
            chunk = b""
        chunk += part[:MAX]
    if chunk:
        yield chunk

count = 0
for service in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, service)
    if not os.path.isdir(folder):
        continue
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    for old_name, new_name in list(zip(files, files[1:]))[:6]:
        old = list(windows(open(os.path.join(folder, old_name), "rb").read()))
        new = list(windows(open(os.path.join(folder, new_name), "rb").read()))
        for a, b in list(zip(old, new))[:8]:
            seed = a + b"\x00" + b
            name = hashlib.sha1(seed).hexdigest()
            with open(os.path.join(out, name), "wb") as f:
                f.write(seed)
            count += 1
print(f"{count} seeds from {corpus} in {out}")
