"""statistics (exact means and variances), platform, os.uname and textwrap against CPython."""
import statistics as st, platform, os, textwrap
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.fmean(data), st.median(data), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcd"), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]), st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev([1, 2, 3, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([0.1, 0.2, 0.3, 0.4, 0.5]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.pvariance([1, 2, 3], mu=2), st.variance([10**20, 10**20 + 1, 10**20 + 2]))
import random; r = random.Random(5); xs = [r.gauss(10, 3) for _ in range(1000)]; print(st.mean(xs), st.stdev(xs), st.median(xs), st.variance(xs), st.pstdev(xs))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.mode([]), lambda: st.median([])]:
    try: bad()
    except st.StatisticsError as e: print(type(e).__name__, e)
print(platform.system(), platform.machine() == os.uname().machine, os.uname().sysname, len(os.uname()), type(os.uname()).__name__, platform.python_implementation() in ("CPython", "gilpy"))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, 30)); print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.dedent("""
    def f():
        return 1
      # odd
    """), repr(textwrap.dedent("  a\n\n  b\n   c")), textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten("Hello  world! This is a long sentence", width=20), textwrap.wrap("well-known hyphen-ated words go here", 10), textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("a b c d e f g h", 5, max_lines=2), textwrap.fill("x " * 10, 7, max_lines=3, placeholder="..."))
