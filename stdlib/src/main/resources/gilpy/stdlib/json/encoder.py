"""JSONEncoder (written for gilpy)."""

INFINITY = float("inf")

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def py_encode_basestring(s):
    """s as a JSON string, non-ASCII characters kept."""
    out = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def py_encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only (others as \\uXXXX, surrogate pairs above U+FFFF)."""
    out = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append(f"\\u{n:04x}")
            else:
                n -= 0x10000
                out.append(f"\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}")
    out.append('"')
    return "".join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Turns dicts, lists, tuples, strs, ints, floats, bools and None into JSON text."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self._encode(o, chunks, markers, indent, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _string(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(self._string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, markers, indent, level)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, bracket, out, indent, level):
        """Writes an opening bracket (and, when indenting, the first item's line start);
        returns what goes between items."""
        out.append(bracket)
        if indent is None:
            return self.item_separator
        newline = "\n" + indent * (level + 1)
        out.append(newline)
        return self.item_separator + newline

    def _close(self, bracket, out, indent, level):
        if indent is not None:
            out.append("\n" + indent * level)
        out.append(bracket)

    def _encode_list(self, lst, out, markers, indent, level):
        if not lst:
            out.append("[]")
            return
        self._enter(lst, markers)
        separator = self._open("[", out, indent, level)
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, markers, indent, level + 1)
        self._close("]", out, indent, level)
        self._leave(lst, markers)

    def _encode_dict(self, dct, out, markers, indent, level):
        if not dct:
            out.append("{}")
            return
        self._enter(dct, markers)
        separator = self._open("{", out, indent, level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if not first:
                out.append(separator)
            first = False
            out.append(self._string(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, indent, level + 1)
        self._close("}", out, indent, level)
        self._leave(dct, markers)
