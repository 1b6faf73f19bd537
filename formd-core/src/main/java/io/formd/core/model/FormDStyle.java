package io.formd.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages through {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract types: users write
 * {@code Issuer.builder()}, never {@code ImmutableIssuer}. Output is JDK-only (no Guava, whatever the
 * classpath holds), so generated code is the same on every build. This annotation has {@code CLASS}
 * retention and is of no use at run time; it is public only because package annotations need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    privateNoargConstructor = false)
public @interface FormDStyle {}
