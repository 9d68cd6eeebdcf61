package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * C's {@code strftime} in the "C" locale, over the fields of a {@code struct_time}, as
 * CPython's {@code time.strftime} passes them to the C library. Unknown directives are
 * copied through, as glibc does.
 */
public final class Strftime {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Strftime() {
    }

    /** The broken-down time: year, month 1-12, day, hour, minute, second, weekday (Monday 0), day of year 1-366. */
    public record Fields(long year, int month, int day, int hour, int minute, int second, int weekday, int yearDay,
                         String zone, long gmtOffset) {
    }

    @TruffleBoundary
    public static String format(String format, Fields t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> out.append(DAYS[t.weekday()], 0, 3);
                case 'A' -> out.append(DAYS[t.weekday()]);
                case 'b', 'h' -> out.append(MONTHS[t.month() - 1], 0, 3);
                case 'B' -> out.append(MONTHS[t.month() - 1]);
                case 'c' -> out.append(format("%a %b %e %H:%M:%S %Y", t));
                case 'C' -> out.append(pad(Math.floorDiv(t.year(), 100), 2));
                case 'd' -> out.append(pad(t.day(), 2));
                case 'D' -> out.append(format("%m/%d/%y", t));
                case 'e' -> out.append(t.day() < 10 ? " " : "").append(t.day());
                case 'F' -> out.append(format("%Y-%m-%d", t));
                case 'H' -> out.append(pad(t.hour(), 2));
                case 'I' -> out.append(pad(hour12(t.hour()), 2));
                case 'j' -> out.append(pad(t.yearDay(), 3));
                case 'k' -> out.append(t.hour() < 10 ? " " : "").append(t.hour());
                case 'l' -> out.append(hour12(t.hour()) < 10 ? " " : "").append(hour12(t.hour()));
                case 'm' -> out.append(pad(t.month(), 2));
                case 'M' -> out.append(pad(t.minute(), 2));
                case 'n' -> out.append('\n');
                case 'p' -> out.append(t.hour() < 12 ? "AM" : "PM");
                case 'r' -> out.append(format("%I:%M:%S %p", t));
                case 'R' -> out.append(format("%H:%M", t));
                case 'S' -> out.append(pad(t.second(), 2));
                case 't' -> out.append('\t');
                case 'T' -> out.append(format("%H:%M:%S", t));
                case 'u' -> out.append(t.weekday() + 1);
                case 'U' -> out.append(pad((t.yearDay() - 1 + 7 - sundayBased(t)) / 7, 2));
                case 'w' -> out.append(sundayBased(t));
                case 'W' -> out.append(pad((t.yearDay() - 1 + 7 - t.weekday()) / 7, 2));
                case 'x' -> out.append(format("%m/%d/%y", t));
                case 'X' -> out.append(format("%H:%M:%S", t));
                case 'y' -> out.append(pad(Math.floorMod(t.year(), 100), 2));
                case 'Y' -> out.append(t.year());
                case 'z' -> out.append(offset(t.gmtOffset()));
                case 'Z' -> out.append(t.zone() == null ? "" : t.zone());
                case 'G', 'V', 'g' -> out.append(iso(d, t));
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static int hour12(int hour) {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    private static int sundayBased(Fields t) {
        return (t.weekday() + 1) % 7;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String offset(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + pad(minutes / 60, 2) + pad(minutes % 60, 2);
    }

    private static String iso(char d, Fields t) {
        java.time.LocalDate date = java.time.LocalDate.of((int) t.year(), t.month(), t.day());
        int week = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
        return switch (d) {
            case 'G' -> Integer.toString(year);
            case 'g' -> pad(Math.floorMod(year, 100), 2);
            default -> pad(week, 2);
        };
    }
}
