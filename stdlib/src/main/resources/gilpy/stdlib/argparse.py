"""Command-line parsing (written for gilpy): the common subset of CPython's argparse.

ArgumentParser with positional and optional arguments (actions store, store_const,
store_true, store_false, append, append_const, count, help, version; nargs None, N, '?',
'*', '+'; type, choices, default, required, metavar, dest), argument groups, mutually
exclusive groups, parse_args/parse_known_args, and CPython's help, usage and error texts.
Not provided: subparsers, fromfile_prefix_chars, custom Action classes' full protocol.
"""
import os as _os
import sys as _sys
import textwrap as _textwrap

__all__ = ["ArgumentParser", "Namespace", "ArgumentError", "ArgumentTypeError", "HelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter",
           "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "REMAINDER", "FileType"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f"argument {self.argument_name}: {self.message}"


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    return action.dest


class Namespace:
    """The parsed values as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        return "Namespace(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            return _sys.stdin if "r" in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, kind="store", version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.version = version
        self.container = None

    def __repr__(self):
        return (f"_{self.kind.title().replace('_', '')}Action(option_strings={self.option_strings!r}, "
                f"dest={self.dest!r}, nargs={self.nargs!r}, const={self.const!r}, default={self.default!r}, "
                f"type={self.type!r}, choices={self.choices!r}, required={self.required!r}, "
                f"help={self.help!r}, metavar={self.metavar!r})")

    def takes_value(self):
        return self.kind in ("store", "append")


class HelpFormatter:
    """Lays out usage and help as CPython's does (80 columns unless $COLUMNS says otherwise)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        text = " ".join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(" ".join(text.split()), width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help or ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class _Group:
    """A titled section of the help (argument groups share the parser's actions)."""

    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser._add_action(args, kwargs, self)
        self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required, _section=self)


class _ExclusiveGroup:
    def __init__(self, parser, section, required):
        self._parser = parser
        self._section = section
        self.required = required
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._section.add_argument(*args, **kwargs)
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._group_actions.append(action)
        return action


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.kind != "help" or not add_help:
                    section = self._optionals if action.option_strings else self._positionals
                    self._register(action, section)
                    section._group_actions.append(action)
            self._defaults.update(parent._defaults)

    # ------------------------------------------------------------------ building

    def add_argument(self, *args, **kwargs):
        section = self._optionals if args and args[0][:1] in self.prefix_chars else self._positionals
        return section.add_argument(*args, **kwargs)

    def _add_action(self, args, kwargs, section):
        kind = kwargs.pop("action", "store")
        if not isinstance(kind, str):
            raise ValueError(f"unknown action {kind!r}")
        if not args or len(args) == 1 and args[0][:1] not in self.prefix_chars:
            if "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.get("dest")
            option_strings = []
            if kwargs.get("required") is not None:
                raise TypeError("'required' is an invalid argument for positionals")
            # as CPython: a '*' positional without a default counts as required
            required = kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER) or (
                kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs)
        else:
            for option in args:
                if option[:1] not in self.prefix_chars:
                    raise ValueError(f"invalid option string {option!r}: must start with a character "
                                     f"{self.prefix_chars!r}")
            option_strings = list(args)
            dest = kwargs.get("dest")
            if dest is None:
                long_options = [o for o in args if o.startswith(self.prefix_chars[0] * 2)]
                dest = (long_options[0] if long_options else args[0]).lstrip(self.prefix_chars).replace("-", "_")
            required = kwargs.get("required", False)
        defaults = {"store_true": False, "store_false": True, "count": None, "version": SUPPRESS, "help": SUPPRESS}
        default = kwargs.get("default", defaults.get(kind, self.argument_default))
        nargs = kwargs.get("nargs")
        if kind in ("store_const", "store_true", "store_false", "append_const", "count", "help", "version"):
            if nargs is not None:
                raise TypeError(f"__init__() got an unexpected keyword argument 'nargs'")
            nargs = 0
        elif kind not in ("store", "append", "extend"):
            raise ValueError(f"unknown action {kind!r}")
        if kind == "extend":
            kind = "append"
            nargs = nargs if nargs is not None else ONE_OR_MORE
        const = {"store_true": True, "store_false": False}.get(kind, kwargs.get("const"))
        action = Action(option_strings, kwargs.get("dest", dest) if option_strings else dest, nargs, const,
                        default, kwargs.get("type"), kwargs.get("choices"), required, kwargs.get("help"),
                        kwargs.get("metavar"), kind, kwargs.get("version"))
        if action.type is not None and not callable(action.type):
            raise ValueError(f"{action.type!r} is not callable")
        if isinstance(nargs, int) and nargs == 0 and kind in ("store", "append"):
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        self._register(action, section)
        return action

    def _register(self, action, section):
        for existing in self._actions:
            clash = set(existing.option_strings) & set(action.option_strings)
            if clash:
                raise ArgumentError(action, "conflicting option string" + ("s" if len(clash) > 1 else "")
                                    + ": " + ", ".join(sorted(clash)))
        self._actions.append(action)

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False, _section=None):
        group = _ExclusiveGroup(self, _section or self._optionals, required)
        self._exclusive.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest)

    def add_subparsers(self, **kwargs):
        raise NotImplementedError("argparse subparsers are not available in gilpy")

    # ------------------------------------------------------------------ parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: " + " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = list(_sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _looks_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-":
            return False
        if arg[1:2].isdigit() or arg[1:2] == ".":
            try:
                float(arg)
                return any(a.option_strings and a.option_strings[0][1:2].isdigit() for a in self._actions)
            except ValueError:
                pass
        return True

    def _find_option(self, arg):
        """(action, attached value) for an option string, or (None, None)."""
        name, _, value = arg.partition("=")
        explicit = value if "=" in arg else None
        for action in self._actions:
            if name in action.option_strings:
                return action, explicit
        if len(arg) > 2 and arg[0] in self.prefix_chars and arg[1] not in self.prefix_chars:
            short = arg[:2]
            for action in self._actions:
                if short in action.option_strings:
                    return action, arg[2:]
        if self.allow_abbrev and arg.startswith(self.prefix_chars[0] * 2):
            matches = [(action, option) for action in self._actions for option in action.option_strings
                       if option.startswith(name)]
            if len(matches) == 1:
                return matches[0][0], explicit
            if len(matches) > 1:
                options = ", ".join(option for _, option in matches)
                raise ArgumentError(None, f"ambiguous option: {name} could match {options}")
        return None, None

    def _parse(self, args, namespace):
        extras = []
        seen = set()
        seen_exclusive = {}
        pending = [a for a in self._actions if not a.option_strings]  # positionals not yet consumed
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--" or not self._looks_optional(arg):
                # a run of positional strings: CPython matches the positionals against each run
                # separately, so a '*' positional met before a later run stays empty
                chunk = []
                while i < len(args) and (args[i] == "--" or not self._looks_optional(args[i])):
                    if args[i] == "--":
                        chunk.extend(args[i + 1:])
                        i = len(args)
                        break
                    chunk.append(args[i])
                    i += 1
                extras.extend(self._consume_positionals(chunk, pending, namespace, seen))
                continue
            i += 1
            action, attached = self._find_option(arg)
            if action is None:
                extras.append(arg)
                continue
            for group in self._exclusive:
                if action in group._group_actions:
                    other = seen_exclusive.get(id(group))
                    if other is not None and other is not action:
                        raise ArgumentError(action, f"not allowed with argument {_argument_name(other)}")
                    seen_exclusive[id(group)] = action
            seen.add(action)
            if action.nargs == 0:
                if attached not in (None, ""):
                    if "=" in arg:
                        raise ArgumentError(action, f"ignored explicit argument {attached!r}")
                    # combined short flags: -vv or -vx
                    args.insert(i, self.prefix_chars[0] + attached)
                self._apply(action, None, namespace)
                continue
            values = [attached] if attached not in (None, "") or (attached == "" and "=" in arg) else []
            wanted = action.nargs
            if not values or wanted not in (None, OPTIONAL):
                while i < len(args) and not self._looks_optional(args[i]) and args[i] != "--":
                    if wanted in (None, OPTIONAL) and values:
                        break
                    if isinstance(wanted, int) and len(values) == wanted:
                        break
                    values.append(args[i])
                    i += 1
            self._apply(action, self._values(action, values), namespace)
        missing = [_argument_name(a) for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, "the following arguments are required: " + ", ".join(missing))
        for group in self._exclusive:
            if group.required and id(group) not in seen_exclusive:
                names = " ".join(_argument_name(a) for a in group._group_actions if a.help is not SUPPRESS)
                raise ArgumentError(None, f"one of the arguments {names} is required")
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and action.type is not None \
                    and getattr(namespace, action.dest, None) is action.default and action.takes_value():
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    def _consume_positionals(self, chunk, pending, namespace, seen):
        """Gives a run of positional strings to as many pending positionals as can take them
        (the most that fit, each as greedy as its nargs allows); returns the strings left over."""
        for count in range(len(pending), 0, -1):
            sizes = _fit(pending[:count], len(chunk))
            if sizes is not None:
                break
        else:
            return chunk
        at = 0
        for action, size in zip(pending[:count], sizes):
            values = chunk[at:at + size]
            at += size
            if action.nargs in (OPTIONAL, ZERO_OR_MORE) and not values:
                value = action.default if action.nargs == OPTIONAL else (
                    action.default if action.default is not None else [])
                if isinstance(value, str) and action.type is not None:
                    value = self._convert(action, value)
                setattr(namespace, action.dest, value)
            else:
                self._apply(action, self._values(action, values), namespace)
            seen.add(action)
        del pending[:count]
        return chunk[at:]

    def _values(self, action, strings):
        nargs = action.nargs
        if nargs is None:
            if len(strings) != 1:
                raise ArgumentError(action, "expected one argument")
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if nargs == OPTIONAL:
            if not strings:
                return action.const
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if nargs == ONE_OR_MORE and not strings:
            raise ArgumentError(action, "expected at least one argument")
        if isinstance(nargs, int) and len(strings) != nargs:
            raise ArgumentError(action, f"expected {nargs} argument" + ("s" if nargs != 1 else ""))
        values = [self._convert(action, s) for s in strings]
        for value in values:
            self._check_choice(action, value)
        return values

    def _convert(self, action, string):
        converter = action.type if action.type is not None else (lambda s: s)
        try:
            return converter(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, f"invalid {name} value: {string!r}")

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, f"invalid choice: {value!r} (choose from {choices})")

    def _apply(self, action, value, namespace):
        kind = action.kind
        if kind == "store":
            setattr(namespace, action.dest, value)
        elif kind in ("store_const", "store_true", "store_false"):
            setattr(namespace, action.dest, action.const)
        elif kind == "append":
            items = list(getattr(namespace, action.dest, None) or [])
            items.extend(value) if isinstance(value, list) and action.nargs is not None else items.append(value)
            setattr(namespace, action.dest, items)
        elif kind == "append_const":
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(action.const)
            setattr(namespace, action.dest, items)
        elif kind == "count":
            setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
        elif kind == "help":
            self.print_help()
            self.exit()
        elif kind == "version":
            print(action.version % {"prog": self.prog} if action.version else "")
            self.exit()

    # ------------------------------------------------------------------ output

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return "{" + ",".join(map(str, action.choices)) + "}"
        return action.dest if not action.option_strings else action.dest.upper()

    def _args_text(self, action):
        metavar = self._metavar(action)
        nargs = action.nargs
        if isinstance(metavar, tuple):
            return " ".join(metavar)
        if nargs is None:
            return metavar
        if nargs == OPTIONAL:
            return f"[{metavar}]"
        if nargs == ZERO_OR_MORE:
            return f"[{metavar} ...]"
        if nargs == ONE_OR_MORE:
            return f"{metavar} [{metavar} ...]"
        if nargs == REMAINDER:
            return "..."
        return " ".join([metavar] * nargs)

    def _usage_parts(self):
        optionals = []
        positionals = []
        grouped = {id(a): g for g in self._exclusive for a in g._group_actions}
        done = set()
        for action in self._actions:
            if action.help is SUPPRESS:
                continue
            if not action.option_strings:
                positionals.append(self._args_text(action))
                continue
            group = grouped.get(id(action))
            if group is not None:
                if id(group) in done:
                    continue
                done.add(id(group))
                inner = " | ".join(self._option_usage(a) for a in group._group_actions if a.help is not SUPPRESS)
                optionals.append(f"({inner})" if group.required else f"[{inner}]")
                continue
            text = self._option_usage(action)
            optionals.append(text if action.required else f"[{text}]")
        return optionals, positionals

    def _option_usage(self, action):
        option = action.option_strings[0]
        return option if action.nargs == 0 else f"{option} {self._args_text(action)}"

    def format_usage(self):
        formatter = self._formatter()
        if self.usage is not None:
            return "usage: " + self.usage % {"prog": self.prog} + "\n"
        optionals, positionals = self._usage_parts()
        text = " ".join([self.prog] + optionals + positionals)
        prefix = "usage: "
        width = formatter._width
        if len(prefix) + len(text) > width:
            indent = " " * (len(prefix) + len(self.prog) + 1)
            if len(prefix) + len(self.prog) <= 0.75 * width:
                lines = _usage_lines([self.prog] + optionals, indent, width, prefix) if optionals else []
                if positionals:
                    lines += _usage_lines(positionals if optionals else [self.prog] + positionals, indent, width,
                                          None if optionals else prefix)
            else:
                indent = " " * len(prefix)
                lines = [self.prog] + _usage_lines(optionals, indent, width) + _usage_lines(positionals, indent, width)
            text = "\n".join(lines)
        return prefix + text + "\n"

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._args_text(action)
        return ", ".join(f"{option} {args}" for option in action.option_strings)

    def format_help(self):
        formatter = self._formatter()
        width = formatter._width
        visible = [a for a in self._actions if a.help is not SUPPRESS]
        max_length = max([len(self._invocation(a)) + 2 for a in visible] + [0])
        help_position = min(max_length + 2, formatter._max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        parts = [self.format_usage()]
        if self.description:
            parts.append("\n" + formatter._fill_text(self.description, width, "") + "\n")
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = ["\n", f"{group.title}:\n"]
            if group.description:
                section.append(formatter._fill_text(group.description, width - 2, "  ") + "\n\n")
            for action in actions:
                header = self._invocation(action)
                help_text = formatter._get_help_string(action)
                if help_text:
                    params = dict(vars(action), prog=self.prog)
                    params["default"] = action.default
                    params["choices"] = ", ".join(map(str, action.choices)) if action.choices else None
                    help_text = help_text % params
                if not help_text:
                    section.append(f"  {header}\n")
                    continue
                lines = formatter._split_lines(help_text, help_width)
                if len(header) <= action_width:
                    section.append(f"  {header:<{action_width}}  {lines[0]}\n")
                else:
                    section.append(f"  {header}\n" + " " * help_position + lines[0] + "\n")
                for line in lines[1:]:
                    section.append(" " * help_position + line + "\n")
            parts.append("".join(section))
        if self.epilog:
            parts.append("\n" + formatter._fill_text(self.epilog, width, "") + "\n")
        return "".join(parts)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _fit(actions, available):
    """How many strings each action takes from `available`, greedily as a regex would, or None."""
    sizes = []
    left = available
    for index, action in enumerate(actions):
        reserve = sum(_minimum(a.nargs) for a in actions[index + 1:])
        room = left - reserve
        nargs = action.nargs
        if nargs is None:
            size = 1
        elif nargs == OPTIONAL:
            size = min(1, room)
        elif nargs in (ZERO_OR_MORE, REMAINDER):
            size = room
        elif nargs == ONE_OR_MORE:
            size = room if room >= 1 else 1
        else:
            size = nargs
        if size < _minimum(nargs) or size > left or size < 0:
            return None
        sizes.append(size)
        left -= size
    return sizes


def _minimum(nargs):
    if nargs is None or nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0


def _usage_lines(parts, indent, width, prefix=None):
    lines = []
    line = []
    length = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if length + 1 + len(part) > width and line:
            lines.append(indent + " ".join(line))
            line = []
            length = len(indent) - 1
        line.append(part)
        length += len(part) + 1
    if line:
        lines.append(indent + " ".join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines
