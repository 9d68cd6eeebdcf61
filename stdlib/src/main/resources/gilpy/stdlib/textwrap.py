"""Wrapping and filling text, dedent and indent (written for gilpy).

wrap/fill break on whitespace (and after hyphens in words, as CPython does) with the
common TextWrapper options; dedent removes the longest common leading whitespace.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _WHITESPACE:
                text = text.replace(ch, " ")
        return text

    def _split(self, text):
        """Words and runs of whitespace, with words also split after hyphens between letters."""
        chunks = []
        current = ""
        for ch in text:
            if ch.isspace() != current[:1].isspace() and current:
                chunks.append(current)
                current = ""
            current += ch
        if current:
            chunks.append(current)
        if not self.break_on_hyphens:
            return chunks
        result = []
        for chunk in chunks:
            if chunk[:1].isspace():
                result.append(chunk)
                continue
            start = 0
            for i in range(1, len(chunk) - 1):
                if chunk[i] == "-" and chunk[i - 1].isalpha() and chunk[i + 1].isalpha():
                    result.append(chunk[start:i + 1])
                    start = i + 1
            result.append(chunk[start:])
        return result

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()
        while chunks:
            current = []
            length = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if length + size <= width:
                    current.append(chunks.pop())
                    length += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, current, length, width)
                length = sum(map(len, current))
            if self.drop_whitespace and current and current[-1].strip() == "":
                length -= len(current[-1])
                del current[-1]
            if current:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and length <= width):
                    lines.append(indent + "".join(current))
                else:
                    while current:
                        if current[-1].strip() and length + len(self.placeholder) <= width:
                            current.append(self.placeholder)
                            lines.append(indent + "".join(current))
                            break
                        length -= len(current[-1])
                        del current[-1]
                    else:
                        if lines:
                            previous = lines[-1].rstrip()
                            if len(previous) + len(self.placeholder) <= self.width:
                                lines[-1] = previous + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _handle_long_word(self, chunks, current, length, width):
        space_left = 1 if width < 1 else width - length
        if self.break_long_words:
            end = space_left
            chunk = chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            current.append(chunk[:end])
            chunks[-1] = chunk[end:]
        elif not current:
            current.append(chunks.pop())

    def wrap(self, text):
        return self._wrap_chunks(self._split(self._munge_whitespace(text)))

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while common < min(len(margin), len(indent)) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    result = []
    for line in lines:
        if not line.strip(" \t"):
            result.append("")
        elif margin:
            result.append(line[len(margin):])
        else:
            result.append(line)
    return "\n".join(result)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines (by default the ones that are not only whitespace)."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
