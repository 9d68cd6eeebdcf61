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

/** The {@code time} module: clocks and sleep. */
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
}
