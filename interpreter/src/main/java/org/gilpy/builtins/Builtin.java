package org.gilpy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a built-in function or method on its node class. {@code params} uses Python's
 * syntax: {@code "self, /, x, start=?, *args, sep=?, **kwargs"}; {@code =?} marks an
 * optional parameter, which arrives as {@code PNone.NO_VALUE} when not passed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String params() default "";

    String doc() default "";

    /** Binds to the class even when looked up on an instance (like {@code classmethod}). */
    boolean classMethod() default false;
}
