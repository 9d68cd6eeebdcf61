package org.gilpy.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.gilpy.runtime.PyInts;

/**
 * Decodes literal tokens: numbers (with underscores and base prefixes) and string
 * literals (prefixes, quotes, escape sequences, raw and bytes forms). f-strings are split
 * into parts by {@link FStringParser}; this class only handles their literal text.
 */
final class Literals {
    private Literals() {
    }

    /** Thrown for a malformed literal; the caller turns it into a SyntaxError at the token. */
    static final class LiteralError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LiteralError(String message) {
            super(message, null, false, false);
        }
    }

    static Object number(String text) {
        String t = text.replace("_", "");
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            throw new LiteralError("complex numbers are not supported yet");
        }
        if (t.length() > 1 && t.charAt(0) == '0' && Character.isLetter(t.charAt(1))) {
            int radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return PyInts.normalize(new BigInteger(t.substring(2), radix));
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() < 19) {
            return Long.parseLong(t);
        }
        return PyInts.normalize(new BigInteger(t));
    }

    /** The parts of one string token. */
    record StringToken(String prefix, String body, boolean raw, boolean bytes, boolean fString) {
    }

    static StringToken split(String token) {
        int q = 0;
        while (token.charAt(q) != '\'' && token.charAt(q) != '"') {
            q++;
        }
        String prefix = token.substring(0, q).toLowerCase();
        String quoted = token.substring(q);
        int quoteLength = quoted.startsWith("\"\"\"") || quoted.startsWith("'''") ? 3 : 1;
        String body = quoted.substring(quoteLength, quoted.length() - quoteLength);
        return new StringToken(prefix, body, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"));
    }

    /** Decodes escape sequences of a str literal body (not raw). */
    static String decodeString(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < body.length() && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    sb.appendCodePoint(hex(body, i, 2, "\\xXX"));
                    i += 2;
                }
                case 'u' -> {
                    sb.appendCodePoint(hex(body, i, 4, "\\uXXXX"));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(hex(body, i, 8, "\\UXXXXXXXX"));
                    i += 8;
                }
                case 'N' -> {
                    int close = body.indexOf('}', i);
                    if (i >= body.length() || body.charAt(i) != '{' || close < 0) {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    try {
                        sb.appendCodePoint(Character.codePointOf(name));
                    } catch (IllegalArgumentException ex) {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name");
                    }
                    i = close + 1;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        int n = 1;
                        while (n < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            value = value * 8 + (body.charAt(i++) - '0');
                            n++;
                        }
                        sb.appendCodePoint(value);
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String body, int at, int digits, String form) {
        if (at + digits > body.length()) {
            throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes: truncated " + form + " escape");
        }
        try {
            return Integer.parseInt(body.substring(at, at + digits), 16);
        } catch (NumberFormatException ex) {
            throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes: truncated " + form + " escape");
        }
    }

    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c > 127) {
                throw new LiteralError("bytes can only contain ASCII literal characters");
            }
            if (raw || c != '\\' || i >= body.length()) {
                out.write(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case 'x' -> {
                    out.write(hex(body, i, 2, "\\xXX"));
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        int n = 1;
                        while (n < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            value = value * 8 + (body.charAt(i++) - '0');
                            n++;
                        }
                        out.write(value & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
