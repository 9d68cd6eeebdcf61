"""Dates and times (written for gilpy): date, time, datetime, timedelta, tzinfo, timezone.

Proleptic Gregorian calendar, microsecond resolution, naive or aware (fixed-offset timezone)
datetimes, with CPython's reprs, strs, arithmetic, comparisons, isoformat/fromisoformat,
strftime (via time.strftime, with %f) and strptime for the common directives.
"""
import operator as _operator
import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """Day number of the date, 0001-01-01 being day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = map(_check_int, (hour, minute, second, microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if rest:
        text += f"{sep}{rest.seconds:02d}"
        if rest.microseconds:
            text += f".{rest.microseconds:06d}"
    return text


def _wrap_strftime(obj, fmt, timetuple):
    """Expands %f, %z and %Z, which time.strftime knows nothing of, then formats the rest."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif ch == "z":
            offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(offset, "") if offset is not None else "")
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for value in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(value, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: {type(value).__name__}")
        if all(isinstance(v, int) for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks)):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            whole = 0
            fraction = 0.0
            for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                                 (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
                if isinstance(value, float):
                    integral = int(value)
                    whole += integral * scale
                    fraction += (value - integral) * scale
                else:
                    whole += value * scale
            total = whole + round(fraction)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        self = object.__new__(cls)
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"datetime.timedelta({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            return timedelta._from_microseconds(round(self._to_microseconds() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, (int, float)):
            return timedelta._from_microseconds(round(self._to_microseconds() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._to_microseconds(), other._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


class _Ordered:
    """<, <=, > and >= through the class's _order(other, operator)."""

    __slots__ = ()

    def __lt__(self, other):
        return self._order(other, _operator.lt)

    def __le__(self, other):
        return self._order(other, _operator.le)

    def __gt__(self, other):
        return self._order(other, _operator.gt)

    def __ge__(self, other):
        return self._order(other, _operator.ge)


class date(_Ordered):
    """A calendar date."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first_weekday = _ymd2ord(year, 1, 1) % 7
        week1_monday = _ymd2ord(year, 1, 1) - ((first_weekday + 6) % 7)
        if (first_weekday + 6) % 7 > 3:
            week1_monday += 7
        return cls(*_ord2ymd(week1_monday + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return f"datetime.{type(self).__name__}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1_monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1_monday, 7)
        if week < 0:
            year -= 1
            week1_monday = _iso_week1_monday(year)
            week, day = divmod(today - week1_monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return self._year, self._month, self._day

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return op(self._key(), other._key())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and isinstance(self, datetime) != isinstance(other, datetime):
            return False
        return self._order(other, _operator.eq)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAXORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _iso_week1_monday(year):
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1_monday = first_day - first_weekday
    if first_weekday > 3:
        week1_monday += 7
    return week1_monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Base of time zones: utcoffset(), dst() and tzname() of a datetime."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        delta = dt.dst()
        if delta is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        dt += offset - delta
        delta = dt.dst()
        return dt + delta if delta else dt


class time(_Ordered):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(time_string)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(hh, mm, ss, us, tz)

    def __repr__(self):
        if self._microsecond:
            text = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            text = f"{self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"datetime.{type(self).__name__}({text})"

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        offset = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if offset is not None:
            us -= offset._to_microseconds()
        return us

    def __eq__(self, other):
        if isinstance(other, time):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            return self._key() == other._key()
        return NotImplemented

    def _order(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(self._key(), other._key())

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, naive or aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        frac, t = _fmod1(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = converter(t)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._from_timestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal "
                      "in a future version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(timestamp, datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a future "
                      "version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            date_part = date_string[:10] if len(date_string) >= 10 and date_string[4:5] == "-" else date_string[:8]
            y, m, d = _parse_isoformat_date(date_part)
            rest = date_string[len(date_part):]
            if rest:
                if rest[0] not in "T ":
                    raise ValueError("separator")
                hh, mm, ss, us, tz = _parse_isoformat_time(rest[1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        if hh == 24:
            return cls(y, m, d, 0, mm, ss, us, tz) + timedelta(days=1)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _time.struct_time(tuple(moment.replace(tzinfo=None).timetuple())[:8] + (0,))

    def timestamp(self):
        if self._tzinfo is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, -1, -1, -1))
            return local + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            local = _time.localtime(self.timestamp())
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        offset = self.utcoffset()
        if offset is None:
            utc = (self - timedelta(seconds=_local_offset(self))).replace(tzinfo=tz)
        else:
            utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        text = ", ".join(map(str, fields))
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"datetime.{type(self).__name__}({text})"

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        return offset

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _microseconds(self):
        """Microseconds since 0001-01-01 in UTC (aware) or as written (naive)."""
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * 1000000 + self._microsecond)
        offset = self.utcoffset()
        if offset is not None:
            us -= offset._to_microseconds()
        return us

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * 1000000 + self._microsecond + other._to_microseconds())
        days, rest = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, microsecond = divmod(rest, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hour, minute, second, microsecond, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=self._microseconds() - other._microseconds())

    def _order(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError(f"can't compare datetime.{type(self).__name__} to datetime.{type(other).__name__}")
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(self._microseconds(), other._microseconds())

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False if isinstance(other, date) else NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._microseconds() == other._microseconds()

    def __hash__(self):
        return hash(self._microseconds())

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _fmod1(t):
    """(fractional part, integral part) of a timestamp, the fraction in [0, 1)."""
    whole = int(t // 1)
    return t - whole, whole


def _local_offset(naive):
    """The local zone's UTC offset, in seconds, at a naive local datetime."""
    stamp = _time.mktime((naive.year, naive.month, naive.day, naive.hour, naive.minute, naive.second, -1, -1, -1))
    return _time.localtime(stamp).tm_gmtoff


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __reduce__(self):
        return timezone, (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------- parsing

def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError("bad date")


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) of HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z]."""
    tz = None
    for marker in ("+", "-", "Z"):
        at = s.find(marker)
        if at > 0:
            tz_text = s[at:]
            s = s[:at]
            if tz_text == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tz_text[0] == "-" else 1
                hh, mm, ss, us, _ = _parse_isoformat_time(tz_text[1:])
                offset = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone(offset)
            break
    fraction = ""
    for dot in (".", ","):
        if dot in s:
            s, fraction = s.split(dot, 1)
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError("bad time")
    hh, mm, ss = (list(map(int, parts)) + [0, 0])[:3]
    us = 0
    if fraction:
        if not fraction.isdigit():
            raise ValueError("bad fraction")
        us = int((fraction + "000000")[:6])
    return hh, mm, ss, us, tz


_MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
_DAYS_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _strptime(data, fmt):
    """The datetime fields parsed from data by format (the common directives of C's strptime)."""
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data).__name__}")
    fields = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "microsecond": 0}
    tz = None
    pm = None
    i = 0
    j = 0

    def mismatch():
        return ValueError(f"time data {data!r} does not match format {fmt!r}")

    def number(max_digits):
        nonlocal i
        start = i
        while i < len(data) and i - start < max_digits and data[i].isdigit():
            i += 1
        if start == i:
            raise mismatch()
        return int(data[start:i])

    def word(names):
        nonlocal i
        lowered = data[i:].lower()
        for index, name in enumerate(names):
            for candidate in (name, name[:3]):
                if lowered.startswith(candidate):
                    i += len(candidate)
                    return index
        raise mismatch()

    while j < len(fmt):
        ch = fmt[j]
        j += 1
        if ch == "%" and j < len(fmt):
            d = fmt[j]
            j += 1
            if d == "Y":
                fields["year"] = number(4)
            elif d == "y":
                year = number(2)
                fields["year"] = year + (2000 if year < 69 else 1900)
            elif d == "m":
                fields["month"] = number(2)
            elif d == "d":
                fields["day"] = number(2)
            elif d == "H":
                fields["hour"] = number(2)
            elif d == "I":
                fields["hour"] = number(2)
                pm = pm if pm is not None else False
            elif d == "M":
                fields["minute"] = number(2)
            elif d == "S":
                fields["second"] = number(2)
            elif d == "f":
                start = i
                value = number(6)
                fields["microsecond"] = value * 10 ** (6 - (i - start))
            elif d in "bBh":
                fields["month"] = word(_MONTHS_FULL) + 1
            elif d in "aA":
                word(_DAYS_FULL)
            elif d == "p":
                if data[i:i + 2].upper() in ("AM", "PM"):
                    pm = data[i:i + 2].upper() == "PM"
                    i += 2
                else:
                    raise mismatch()
            elif d == "j":
                fields["yday"] = number(3)
            elif d == "z":
                if data[i:i + 1] == "Z":
                    i += 1
                    tz = timezone.utc
                elif data[i:i + 1] in ("+", "-"):
                    sign = -1 if data[i] == "-" else 1
                    i += 1
                    hh = number(2)
                    if data[i:i + 1] == ":":
                        i += 1
                    mm = number(2)
                    tz = timezone(sign * timedelta(hours=hh, minutes=mm))
                else:
                    raise mismatch()
            elif d == "Z":
                for name in ("UTC", "GMT") + tuple(_time.tzname):
                    if data.startswith(name, i):
                        i += len(name)
                        break
                else:
                    raise mismatch()
            elif d == "%":
                if data[i:i + 1] != "%":
                    raise mismatch()
                i += 1
            else:
                raise ValueError(f"{d!r} is a bad directive in format {'%' + d!r}")
        elif ch.isspace():
            while i < len(data) and data[i].isspace():
                i += 1
        else:
            if data[i:i + 1] != ch:
                raise mismatch()
            i += 1
    if i < len(data):
        raise ValueError(f"unconverted data remains: {data[i:]}")
    if pm is not None:
        hour = fields["hour"] % 12
        fields["hour"] = hour + 12 if pm else hour
    if "yday" in fields:
        y, m, d = _ord2ymd(_ymd2ord(fields["year"], 1, 1) + fields.pop("yday") - 1)
        fields["month"], fields["day"] = m, d
    return (fields["year"], fields["month"], fields["day"], fields["hour"], fields["minute"],
            fields["second"], fields["microsecond"], tz)
