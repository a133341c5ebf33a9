package dev.collections.archfixture;

/** A deliberately public class named like a generated Immutables implementation. */
public final class ImmutableLeak {}
