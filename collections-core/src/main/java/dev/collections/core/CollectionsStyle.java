package dev.collections.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Declares how Immutables generates the value types of collections: the generated classes are
 * package-private and hidden behind the abstract domain type, builders are strict (an attribute is
 * set once), collection attributes get singular adders ({@code addEntry} for {@code entries}), and
 * a boolean accessor {@code isDisputed()} is set with {@code disputed(true)}.
 *
 * <p>Every package of the library that declares values carries this annotation in its {@code
 * package-info.java}, beside JSpecify's {@code @NullMarked}. Users never see the generated {@code
 * Immutable*} classes: they write {@code Debtor.builder()} or {@code DebtorId.of("D-1")}.
 *
 * <p>Default and derived attributes are computed in the constructor, after the other attributes and
 * in the order they are declared, into plain final fields: one may use any other attribute except a
 * default or derived attribute declared after it, which would still read as null or zero. Without
 * this, Immutables adds a volatile initialization field that every such accessor reads, which stops
 * the compiler from moving loads out of loops: reading one field of each of a million receivables
 * cost six times as much (the README's {@code floorReadDueDateOnly}).
 *
 * <p>This annotation has no runtime effect and is retained only in class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"address:addresses", "entry:entries", "category:categories"},
    get = {"is*", "has*"},
    optionalAcceptNullable = false,
    // No @org.immutables.value.Generated on generated classes: users' javac would warn that the
    // annotation's class is missing, since Immutables is not a run-time dependency.
    allowedClasspathAnnotations = {Override.class},
    // Plain final fields for default and derived attributes, in declaration order (see above).
    unsafeDefaultAndDerived = true)
public @interface CollectionsStyle {}
