package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.FormatSpec;
import org.gilpy.runtime.PyObjects;

/** f-strings: the joined string and each {@code {value!conv:spec}} replacement field. */
public final class FormatNodes {
    private FormatNodes() {
    }

    public static final class JoinedStringNode extends ExprNode {
        @Children private final ExprNode[] parts;

        public JoinedStringNode(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String[] pieces = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                pieces[i] = (String) parts[i].execute(frame);
            }
            return join(pieces);
        }

        @TruffleBoundary
        private static String join(String[] pieces) {
            return String.join("", pieces);
        }
    }

    public static final class FormattedValueNode extends ExprNode {
        @Child private ExprNode value;
        @Child private ExprNode spec;
        private final char conversion; // 0, 's', 'r' or 'a'

        public FormattedValueNode(ExprNode value, char conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            String s = spec == null ? "" : (String) spec.execute(frame);
            return format(v, conversion, s);
        }

        @TruffleBoundary
        private static String format(Object v, char conversion, String spec) {
            Object converted = switch (conversion) {
                case 's' -> PyObjects.str(v);
                case 'r' -> PyObjects.repr(v);
                case 'a' -> ascii(PyObjects.repr(v));
                default -> v;
            };
            if (spec.isEmpty() && converted instanceof String s) {
                return s;
            }
            return FormatSpec.format(converted, spec);
        }
    }

    /** {@code ascii()}: repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
