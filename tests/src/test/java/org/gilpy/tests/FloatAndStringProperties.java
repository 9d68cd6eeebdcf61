package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * float repr is the shortest string that round-trips (the same digits as Java's shortest
 * representation), and str methods agree with Java's where the two languages coincide.
 */
class FloatAndStringProperties {
    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-1e-10, 1e-10).ofScale(25),
                Arbitraries.doubles().between(-1e25, 1e25).ofScale(4),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> Double.isFinite(d)));
    }

    @Property(tries = 200)
    void floatReprRoundTripsWithShortestDigits(@ForAll("doubles") double d) {
        String exact = new BigDecimal(d).toString();
        String out = PythonEval.run("x = float('" + exact + "')\nr = repr(x)\nprint(r)\nprint(float(r) == x)").strip();
        String[] lines = out.split("\n");
        assertEquals("True", lines[1], "round trip of " + lines[0]);
        String digits = lines[0].replace("-", "").replaceAll("e.*", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String javaDigits = shortest.unscaledValue().toString().replaceAll("0+$", "");
        assertEquals(javaDigits.isEmpty() ? "" : javaDigits, digits, "digits of repr(" + d + ")");
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcXYZ ,.-_09").ofMaxLength(20);
    }

    @Property(tries = 150)
    void caseAndSearchMatchJava(@ForAll("text") String s, @ForAll("text") String t) {
        String code = "s, t = " + PythonEval.literal(s) + ", " + PythonEval.literal(t) + "\n"
                + "print(s.upper() == " + PythonEval.literal(s.toUpperCase(Locale.ROOT)) + ")\n"
                + "print(s.lower() == " + PythonEval.literal(s.toLowerCase(Locale.ROOT)) + ")\n"
                + "print(s.find(t), s.rfind(t), s.startswith(t), s.endswith(t), t in s)\n"
                + "print(s.replace('a', t) == " + PythonEval.literal(s.replace("a", t)) + ")\n"
                + "print(s.strip() == " + PythonEval.literal(s.strip()) + ")";
        String expected = "True\nTrue\n" + s.indexOf(t) + " " + s.lastIndexOf(t) + " " + py(s.startsWith(t)) + " "
                + py(s.endsWith(t)) + " " + py(s.contains(t)) + "\nTrue\nTrue\n";
        assertEquals(expected, PythonEval.run(code));
    }

    @Property(tries = 150)
    void splitOnSeparatorMatchesJava(@ForAll("text") String s) {
        String[] parts = s.split(",", -1);
        String out = PythonEval.run("parts = " + PythonEval.literal(s) + ".split(',')\nprint(len(parts))\nprint(','.join(parts) == "
                + PythonEval.literal(s) + ")");
        assertEquals(parts.length + "\nTrue\n", out);
        assertTrue(parts.length >= 1);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
