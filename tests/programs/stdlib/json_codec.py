"""json: dumps/loads/dump/load options, escapes, errors with positions, against CPython."""
import json
data = {"name": "Ünïcode ☃ 😀", "n": 1, "f": 1.5, "big": 10**20, "neg": -0.0, "l": [1, 2.0, None, True, False], "t": (1, 2), "nested": {"a": {"b": []}}, 3: "int key", 1.5: "f", None: 0, False: 1}
print(json.dumps(data)); print(json.dumps(data, ensure_ascii=False)); print(json.dumps(data, indent=2, sort_keys=False)); print(json.dumps([1, {"a": 2}], indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("tab\tnew\nq\"\\ \x01"), json.dumps(float("inf")), json.dumps([float("nan")]), json.dumps({}), json.dumps([]), json.dumps(None))
s = json.dumps(data); back = json.loads(s); print(back, back["l"], type(back["big"]).__name__)
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00\\n", "d": -1.5e3, "e": 0, "f": true}'), json.loads(" [1e2, 2E-1, -0] "), json.loads('"x"'), json.loads("NaN"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('{"x": 1, "x": 2}', object_pairs_hook=list), json.loads(b'[1]'))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__), json.dumps({"p": P()}, default=vars))
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '', '  x', '{"a": 1} x', '"abc', '"a\\qb"', "{'a': 1}", '[1 2]', '"\x01"', '{"a":}', '01']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps(P()), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float("inf"), allow_nan=False)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
import io; buf = io.StringIO(); json.dump({"k": [1]}, buf, indent=1); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
