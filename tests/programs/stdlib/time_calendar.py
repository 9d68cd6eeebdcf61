"""time: struct_time, gmtime/localtime, strftime, mktime, asctime (independent of the machine's zone)."""
import time

t = time.gmtime(1700000000.7)
print(t)
print(t.tm_year, t[1], t.tm_zone, t.tm_gmtoff, len(t), isinstance(t, tuple), type(t).__name__, t[-3:])
print(time.gmtime(0), time.gmtime(86400 * 365.25 * 30).tm_yday, time.gmtime(-1).tm_year)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %% %c %x %X %e %D %T %F %G %V %u %h %C %R %r", t))
for day in range(1, 15):
    s = time.gmtime(1704067200 + 86400 * 3 * day)  # from 2024-01-01
    print(time.strftime("%a %d %b: %U %W %V %G %j %w %u", s))
print(time.strftime("%d/%m/%Y %H", (2024, 2, 29, 13, 0, 0, 3, 60, 0)), time.asctime(t))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "X", 60)).tm_zone)
now = time.time()
local = time.localtime(now)
print(time.mktime(local) == int(now), time.localtime(time.mktime(local)) == local, time.ctime(now) == time.asctime(local))
print(local.tm_gmtoff == -(time.altzone if local.tm_isdst else time.timezone), time.tzname[local.tm_isdst] == local.tm_zone)
print(len(time.strftime("%H:%M:%S")), time.strftime("%Y") == str(time.localtime().tm_year))
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 25, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime(5), lambda: time.gmtime("x"),
            lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
