package org.gilpy.builtins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/**
 * {@code _hashlib}: message digests (md5, sha1, sha2, sha3) for stdlib's {@code hashlib}.
 * Like CPython, hashing more than 2047 bytes at once runs without the GIL, so threads that
 * hash large buffers really run in parallel (a classic demonstration of the GIL's limits).
 */
public final class HashlibModule implements BuiltinModule {
    /** Python's algorithm names and the JDK's. */
    private static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512", "sha3_224", "SHA3-224", "sha3_256", "SHA3-256",
            "sha3_384", "SHA3-384", "sha3_512", "SHA3-512");
    private static final int GIL_FREE_SIZE = 2048;

    @Override
    public String name() {
        return "_hashlib";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return HashlibModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict namespace) {
        namespace.put("algorithms", new PTuple(ALGORITHMS.keySet().stream().sorted().toArray()));
    }

    /** The running digest: an opaque object that hashlib's HASH class wraps. */
    static final class PDigest extends PyObject {
        final MessageDigest digest;

        PDigest(MessageDigest digest) {
            super(PythonTypes.get().object);
            this.digest = digest;
        }

        /** A copy of the state so far (JDK digests finish when read). */
        MessageDigest copy() {
            synchronized (digest) {
                try {
                    return (MessageDigest) digest.clone();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static byte[] data(Object data) {
        if (data instanceof PBytes b) {
            return b.getBytes();
        }
        if (data instanceof String) {
            throw PythonErrors.typeError("Strings must be encoded before hashing");
        }
        throw PythonErrors.typeError("object supporting the buffer API required");
    }

    @Builtin(name = "new", params = "name, /")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object create(Object name) {
            String algorithm = name instanceof String s ? ALGORITHMS.get(s.toLowerCase()) : null;
            if (algorithm == null) {
                throw PythonErrors.valueError("unsupported hash type " + PyObjects.str(name));
            }
            try {
                return new PDigest(MessageDigest.getInstance(algorithm));
            } catch (NoSuchAlgorithmException e) {
                throw PythonErrors.valueError("unsupported hash type " + name);
            }
        }
    }

    @Builtin(name = "update", params = "digest, data, /")
    @GenerateNodeFactory
    abstract static class UpdateNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object update(Object digest, Object data) {
            MessageDigest md = ((PDigest) digest).digest;
            byte[] bytes = data(data);
            if (bytes.length < GIL_FREE_SIZE) {
                synchronized (md) {
                    md.update(bytes);
                }
                return PNone.NONE;
            }
            return GilpyContext.get(this).getGil().blocking(this, () -> {
                synchronized (md) {
                    md.update(bytes);
                }
                return PNone.NONE;
            });
        }
    }

    @Builtin(name = "digest", params = "digest, /")
    @GenerateNodeFactory
    abstract static class DigestNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object digest(Object digest) {
            return new PBytes(((PDigest) digest).copy().digest()); // the running digest goes on
        }
    }

    @Builtin(name = "copy", params = "digest, /")
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object copy(Object digest) {
            return new PDigest(((PDigest) digest).copy());
        }
    }

    @Builtin(name = "sizes", params = "digest, /")
    @GenerateNodeFactory
    abstract static class SizesNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object sizes(Object digest) {
            MessageDigest md = ((PDigest) digest).digest;
            String algorithm = md.getAlgorithm();
            long block = algorithm.startsWith("SHA3-") ? 200 - 2L * md.getDigestLength()
                    : algorithm.equals("SHA-384") || algorithm.equals("SHA-512") ? 128 : 64;
            return PTuple.of((long) md.getDigestLength(), block);
        }
    }
}
