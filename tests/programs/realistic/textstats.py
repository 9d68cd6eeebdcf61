"""Word statistics over a text: dicts, sets, string methods, comprehensions."""
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(".,").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(counts), top)
print(sorted({w for w in words if len(w) > 6}))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
lines = TEXT.splitlines()
print([len(line) for line in lines], max(lines, key=len)[:20])
print("".join(w[0] for w in words[:12]).upper(), TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"))
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, TEXT.title()[:30], " ".join(reversed(lines[0].split()[:4])))
acronym = "".join(p[0] for p in "portable operating system interface".split()).upper()
print(acronym, "%s has %d letters" % (acronym, len(acronym)), "{:^20}".format(acronym), f"{acronym!r:*>10}")
table = [(w, c, "#" * c) for w, c in top]
for w, c, bar in table:
    print(f"{w:>8} | {c:2d} | {bar}")
pairs = list(zip(words, words[1:]))
bigram = {}
for p in pairs:
    bigram[p] = bigram.get(p, 0) + 1
print(max(bigram.items(), key=lambda kv: kv[1]))
