package org.gilpy.nodes.generators;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PIterator;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyObjects;

/**
 * The next item of an iterator for a for loop, or null when it is exhausted. A generator is
 * resumed through {@link ResumeGeneratorNode}, so that a loop over a generator function can
 * inline its body instead of calling it through the generic next().
 */
public abstract class NextItemNode extends Node {
    public abstract Object execute(Object iterator);

    public static NextItemNode create() {
        return NextItemNodeGen.create();
    }

    @Specialization
    protected static Object generator(PGenerator generator,
                                      @Cached ResumeGeneratorNode resume) {
        Object v = resume.execute(generator, PNone.NONE, null);
        return v == PGenerator.FINISHED ? null : v;
    }

    @Specialization
    protected static Object other(Object iterator) {
        return iterator instanceof PIterator it ? it.next() : PyObjects.next(iterator);
    }
}
