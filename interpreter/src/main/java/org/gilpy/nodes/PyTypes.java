package org.gilpy.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The primitive representations nodes specialise on: Python bool, int (when it fits a
 * long), float and str. Everything else is handled as Object.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class PyTypes {
}
