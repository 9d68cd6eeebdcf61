"""String constants, capwords and $-substitution templates (written for gilpy)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word; words are split by sep (default: runs of whitespace)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_IDENTIFIER_START = ascii_letters + "_"
_IDENTIFIER_PART = _IDENTIFIER_START + digits


class Template:
    """$name, ${name} and $$ substitution."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """The template as literal strings and (name, position) placeholders; raises for a bad $."""
        text = self.template
        d = self.delimiter
        pieces = []
        literal = []
        i = 0
        while i < len(text):
            if not text.startswith(d, i):
                literal.append(text[i])
                i += 1
                continue
            j = i + len(d)
            if text.startswith(d, j):
                literal.append(d)
                i = j + len(d)
                continue
            name = None
            end = j
            if j < len(text) and text[j] == "{":
                close = text.find("}", j + 1)
                candidate = text[j + 1:close] if close >= 0 else ""
                if close >= 0 and _is_identifier(candidate):
                    name, end = candidate, close + 1
            elif j < len(text) and text[j] in _IDENTIFIER_START:
                end = j + 1
                while end < len(text) and text[end] in _IDENTIFIER_PART:
                    end += 1
                name = text[j:end]
            if name is None:
                pieces.append("".join(literal))
                literal = []
                pieces.append((None, j))  # where the name should have started
                i = j
                continue
            pieces.append("".join(literal))
            literal = []
            pieces.append((name, i))
            i = end
        pieces.append("".join(literal))
        return pieces

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            column, line = 1, 1
        else:
            column = position - len("".join(lines[:-1]))
            line = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {line}, col {column}")

    def substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        out = []
        for piece in self._pieces():
            if isinstance(piece, str):
                out.append(piece)
            elif piece[0] is None:
                self._invalid(piece[1])
            else:
                out.append(str(values[piece[0]]))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        out = []
        text = self.template
        for index, piece in enumerate(self._pieces()):
            if isinstance(piece, str):
                out.append(piece)
            elif piece[0] is None:
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(values[piece[0]]))
                except KeyError:
                    braced = text.startswith(self.delimiter + "{", piece[1])
                    out.append(self.delimiter + ("{" + piece[0] + "}" if braced else piece[0]))
        return "".join(out)

    def is_valid(self):
        return all(isinstance(p, str) or p[0] is not None for p in self._pieces())

    def get_identifiers(self):
        names = []
        for piece in self._pieces():
            if not isinstance(piece, str) and piece[0] is not None and piece[0] not in names:
                names.append(piece[0])
        return names


def _is_identifier(s):
    return bool(s) and s[0] in _IDENTIFIER_START and all(c in _IDENTIFIER_PART for c in s)


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        combined = dict(mapping)
        combined.update(kws)
        return combined
    return mapping
