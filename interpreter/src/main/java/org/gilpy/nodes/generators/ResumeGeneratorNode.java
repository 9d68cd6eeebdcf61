package org.gilpy.nodes.generators;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PException;
import org.gilpy.runtime.PGenerator;

/**
 * Resumes a generator or coroutine from a node: {@link PGenerator#resume} with a direct call
 * of the body when a site keeps resuming generators of the same function (an {@code await}
 * of one coroutine function, an {@code async for} over one async generator function), so
 * that the compiler can inline the body into the resuming code. Returns what resume returns:
 * the value yielded, or {@link PGenerator#FINISHED}.
 */
public abstract class ResumeGeneratorNode extends Node {
    static final int BODY_CACHE = 2;

    public abstract Object execute(PGenerator generator, Object value, PException exception);

    public static ResumeGeneratorNode create() {
        return ResumeGeneratorNodeGen.create();
    }

    @Specialization(guards = "generator.getBody() == body", limit = "BODY_CACHE")
    protected static Object direct(PGenerator generator, Object value, PException exception,
                                   @Cached("generator.getBody()") RootCallTarget body,
                                   @Cached("create(body)") DirectCallNode call) {
        if (!generator.beginResume(value, exception)) {
            return PGenerator.FINISHED;
        }
        try {
            return call.call(generator);
        } finally {
            generator.endResume();
        }
    }

    @Specialization(replaces = "direct")
    protected static Object indirect(PGenerator generator, Object value, PException exception) {
        return generator.resume(value, exception);
    }
}
