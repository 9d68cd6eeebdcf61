package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** The {@code time} module: clocks, sleep, and calendar time in the local zone and UTC. */
public final class TimeModule implements BuiltinModule {
    private static final long START_NANOS = System.nanoTime();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return TimeModuleFactory.getFactories();
    }

    @Builtin(name = "time")
    @GenerateNodeFactory
    abstract static class TimeNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object time() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
    }

    @Builtin(name = "time_ns")
    @GenerateNodeFactory
    abstract static class TimeNsNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object timeNs() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }

    @Builtin(name = "perf_counter")
    @GenerateNodeFactory
    abstract static class PerfCounterNode extends BuiltinNode.Nullary {
        @Specialization
        Object perfCounter() {
            return (System.nanoTime() - START_NANOS) / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns")
    @GenerateNodeFactory
    abstract static class PerfCounterNsNode extends BuiltinNode.Nullary {
        @Specialization
        Object perfCounterNs() {
            return System.nanoTime() - START_NANOS;
        }
    }

    @Builtin(name = "monotonic")
    @GenerateNodeFactory
    abstract static class MonotonicNode extends BuiltinNode.Nullary {
        @Specialization
        Object monotonic() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns")
    @GenerateNodeFactory
    abstract static class MonotonicNsNode extends BuiltinNode.Nullary {
        @Specialization
        Object monotonicNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "process_time")
    @GenerateNodeFactory
    abstract static class ProcessTimeNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object processTime() {
            var bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime() / 1e9;
            }
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "thread_time")
    @GenerateNodeFactory
    abstract static class ThreadTimeNode extends BuiltinNode.Nullary {
        @Specialization
        @TruffleBoundary
        Object threadTime() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        }
    }

    @Builtin(name = "sleep", params = "secs, /")
    @GenerateNodeFactory
    abstract static class SleepNode extends BuiltinNode.Unary {
        @Specialization
        Object sleep(Object secs) {
            if (!PyNumbers.isReal(secs)) {
                throw PythonErrors.typeError("'" + PyObjects.typeName(secs) + "' object cannot be interpreted as an integer");
            }
            double s = PyNumbers.toDouble(secs);
            if (s < 0) {
                throw PythonErrors.valueError("sleep length must be non-negative");
            }
            sleepNanos(this, (long) (s * 1e9));
            return PNone.NONE;
        }

        /** Sleeps without the GIL, so other Python threads run meanwhile. */
        @TruffleBoundary
        static void sleepNanos(com.oracle.truffle.api.nodes.Node node, long nanos) {
            long deadline = System.nanoTime() + nanos;
            org.gilpy.GilpyContext.get(node).getGil().blocking(node, () -> {
                TruffleSafepoint.setBlockedThreadInterruptible(node, remaining -> {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                    }
                }, null);
                return null;
            });
        }
    }

    @Override
    public void initialize(org.gilpy.GilpyContext context, org.gilpy.runtime.PDict ns) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        java.time.zone.ZoneRules rules = zone.getRules();
        int year = java.time.Year.now(zone).getValue();
        // CPython takes timezone/altzone from January and July of the current year
        java.time.ZonedDateTime january = java.time.ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        java.time.ZonedDateTime july = java.time.ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        java.time.ZonedDateTime standard = rules.isDaylightSavings(january.toInstant()) ? july : january;
        java.time.ZonedDateTime summer = standard == january ? july : january;
        ns.put("timezone", (long) -standard.getOffset().getTotalSeconds());
        ns.put("altzone", (long) -summer.getOffset().getTotalSeconds());
        ns.put("daylight", standard.getOffset().equals(summer.getOffset()) ? 0L : 1L);
        ns.put("tzname", org.gilpy.runtime.PTuple.of(zoneName(standard), zoneName(summer)));
        ns.put("struct_time", context.getTypes().structTime);
    }

    /** {@code time.struct_time}'s fields and repr (the type itself is in PythonTypes). */
    static final class StructTimeMethods implements TypeMethods {
        @Override
        public org.gilpy.runtime.PythonClass type(org.gilpy.runtime.PythonTypes types) {
            return types.structTime;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of();
        }

        @Override
        public void installMore(org.gilpy.GilpyLanguage language, org.gilpy.runtime.PythonTypes types,
                                org.gilpy.runtime.PythonClass cls) {
            StructSequence.STRUCT_TIME.install(language, types, cls);
        }
    }

    @TruffleBoundary
    static String zoneName(java.time.ZonedDateTime t) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US).format(t);
    }

    /** Seconds since the epoch from an optional argument (None or absent: now), floored as CPython does. */
    @TruffleBoundary
    static java.time.Instant instant(Object secs) {
        if (secs == PNone.NO_VALUE || secs == PNone.NONE) {
            return java.time.Instant.now();
        }
        if (!(secs instanceof Double) && !org.gilpy.runtime.PyInts.isInt(secs)) {
            throw PythonErrors.typeError("'" + PyObjects.typeName(secs) + "' object cannot be interpreted as an integer");
        }
        double d = PyNumbers.toDouble(secs);
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(d) > 1e17) {
            throw PythonErrors.overflow("timestamp out of range for platform time_t");
        }
        return java.time.Instant.ofEpochSecond((long) Math.floor(d));
    }

    @TruffleBoundary
    static Object structTime(java.time.ZonedDateTime t, boolean utc) {
        boolean dst = !utc && t.getZone().getRules().isDaylightSavings(t.toInstant());
        return StructSequence.STRUCT_TIME.make(org.gilpy.runtime.PythonTypes.get().structTime,
                (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
                (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1,
                (long) t.getDayOfYear(), dst ? 1L : 0L, utc ? "GMT" : zoneName(t), (long) t.getOffset().getTotalSeconds());
    }

    /** The fields of a struct_time or 9-tuple, range-checked with CPython's messages. */
    @TruffleBoundary
    static org.gilpy.runtime.Strftime.Fields fields(String function, Object t) {
        Object[] v = items(function, t);
        org.gilpy.runtime.PTuple tuple = (org.gilpy.runtime.PTuple) t;
        long year = PyNumbers.asIndex(v[0]);
        int month = (int) PyNumbers.asIndex(v[1]);
        int day = (int) PyNumbers.asIndex(v[2]);
        int hour = (int) PyNumbers.asIndex(v[3]);
        int minute = (int) PyNumbers.asIndex(v[4]);
        int second = (int) PyNumbers.asIndex(v[5]);
        int weekday = (int) PyNumbers.asIndex(v[6]);
        int yearDay = (int) PyNumbers.asIndex(v[7]);
        long isdst = PyNumbers.asIndex(v[8]);
        // CPython turns zeros into the first valid value, then checks the ranges
        month = month == 0 ? 1 : month;
        day = day == 0 ? 1 : day;
        yearDay = yearDay == 0 ? 1 : yearDay;
        if (month < 1 || month > 12) {
            throw PythonErrors.valueError("month out of range");
        } else if (day < 1 || day > 31) {
            throw PythonErrors.valueError("day of month out of range");
        } else if (hour < 0 || hour > 23) {
            throw PythonErrors.valueError("hour out of range");
        } else if (minute < 0 || minute > 59) {
            throw PythonErrors.valueError("minute out of range");
        } else if (second < 0 || second > 61) {
            throw PythonErrors.valueError("seconds out of range");
        } else if (yearDay < 1 || yearDay > 366) {
            throw PythonErrors.valueError("day of year out of range");
        }
        weekday = Math.floorMod(weekday, 7);
        String zone = null;
        long offset = 0;
        org.gilpy.runtime.PDict extra = tuple.getDict();
        if (extra != null && extra.get("tm_zone") instanceof String z) {
            zone = z;
            offset = extra.get("tm_gmtoff") instanceof Long o ? o : 0;
        } else {
            java.time.ZonedDateTime probe = java.time.LocalDateTime.of(2000, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault());
            zone = zoneName(probe);
            offset = probe.getOffset().getTotalSeconds();
        }
        return new org.gilpy.runtime.Strftime.Fields(year, month, day, hour, minute, second, weekday, yearDay,
                isdst < 0 ? "" : zone, offset);
    }

    /** The nine items of a struct_time or tuple argument. */
    static Object[] items(String function, Object t) {
        if (!(t instanceof org.gilpy.runtime.PTuple tuple)) {
            throw PythonErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PythonErrors.typeError(function + "(): illegal time tuple argument");
        }
        return tuple.getItems();
    }

    @Builtin(name = "localtime", params = "seconds=?, /")
    @GenerateNodeFactory
    abstract static class LocaltimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object localtime(Object secs) {
            return structTime(instant(secs).atZone(java.time.ZoneId.systemDefault()), false);
        }
    }

    @Builtin(name = "gmtime", params = "seconds=?, /")
    @GenerateNodeFactory
    abstract static class GmtimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object gmtime(Object secs) {
            return structTime(instant(secs).atZone(java.time.ZoneOffset.UTC), true);
        }
    }

    @Builtin(name = "mktime", params = "t, /")
    @GenerateNodeFactory
    abstract static class MktimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object mktime(Object t) {
            Object[] v = items("mktime", t);
            // out-of-range fields carry over, as C's mktime normalizes them
            java.time.LocalDateTime local = java.time.LocalDateTime.of((int) PyNumbers.asIndex(v[0]), 1, 1, 0, 0)
                    .plusMonths(PyNumbers.asIndex(v[1]) - 1).plusDays(PyNumbers.asIndex(v[2]) - 1)
                    .plusHours(PyNumbers.asIndex(v[3])).plusMinutes(PyNumbers.asIndex(v[4]))
                    .plusSeconds(PyNumbers.asIndex(v[5]));
            return (double) local.atZone(java.time.ZoneId.systemDefault()).toEpochSecond();
        }
    }

    @Builtin(name = "strftime", params = "format, t=?, /")
    @GenerateNodeFactory
    abstract static class StrftimeNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object strftime(Object format, Object t) {
            if (!(format instanceof String f)) {
                throw PythonErrors.typeError("strftime() argument 1 must be str, not " + PyObjects.typeName(format));
            }
            Object time = t == PNone.NO_VALUE ? structTime(java.time.ZonedDateTime.now(), false) : t;
            return org.gilpy.runtime.Strftime.format(f, fields("strftime", time));
        }
    }

    @Builtin(name = "asctime", params = "t=?, /")
    @GenerateNodeFactory
    abstract static class AsctimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object asctime(Object t) {
            Object time = t == PNone.NO_VALUE ? structTime(java.time.ZonedDateTime.now(), false) : t;
            return org.gilpy.runtime.Strftime.format("%a %b %e %H:%M:%S %Y", fields("asctime", time));
        }
    }

    @Builtin(name = "ctime", params = "seconds=?, /")
    @GenerateNodeFactory
    abstract static class CtimeNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object ctime(Object secs) {
            Object time = structTime(instant(secs).atZone(java.time.ZoneId.systemDefault()), false);
            return org.gilpy.runtime.Strftime.format("%a %b %e %H:%M:%S %Y", fields("ctime", time));
        }
    }
}
