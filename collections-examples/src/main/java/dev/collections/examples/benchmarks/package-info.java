/**
 * JMH benchmarks of collections' hot paths, run from the shaded {@code benchmarks.jar} (see the
 * README's performance section).
 *
 * <pre>{@code
 * java -jar collections-examples/target/benchmarks.jar FoundationBenchmark
 * }</pre>
 */
@NullMarked
package dev.collections.examples.benchmarks;

import org.jspecify.annotations.NullMarked;
