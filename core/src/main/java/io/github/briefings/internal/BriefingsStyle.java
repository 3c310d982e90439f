package io.github.briefings.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each model package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and never part of the API: users reach
 * values through the abstract types' factories and {@code builder()} methods. Not for use outside
 * this library.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // the generated builders are hidden too: Javadoc then shows their setters on the public Builder pages
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"cases", "loss:losses"},
    defaults = @Value.Immutable(copy = true),
    // no default refers to another attribute, so defaults are set in the constructor without the
    // generated initialization shim (a volatile field and an object per value)
    unsafeDefaultAndDerived = true,
    // a builder missing an attribute, or given null, throws the same exception as a broken invariant
    throwForInvalidImmutableState = io.github.briefings.model.InvalidValueException.class,
    throwForNullPointer = io.github.briefings.model.InvalidValueException.class,
    // no @Generated annotations: their types are not on consumers' class paths, and strict compilers warn
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface BriefingsStyle {}
