/**
 * Runnable walkthroughs of an embedding of collections; the benchmarks live in {@code benchmarks}.
 *
 * <p>{@link dev.collections.examples.Walkthrough} prints, step by step, what a host does with the
 * library: exact installment amounts, anchored and adjusted due dates, pro-rata payment splits.
 *
 * <pre>{@code
 * Walkthrough.run(System.out);
 * }</pre>
 */
@NullMarked
package dev.collections.examples;

import org.jspecify.annotations.NullMarked;
