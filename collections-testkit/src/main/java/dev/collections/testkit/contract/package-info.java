/**
 * Contract suites for the policy interfaces of collections: abstract JUnit 5 classes that check,
 * with generated values, what every implementation must guarantee.
 *
 * <p>To check a policy of your own, extend the suite of its interface and return the policy; every
 * inherited {@code @Test} runs against it with the testkit's seeded generators, edge cases first.
 *
 * <pre>{@code
 * class MyAllocationPolicyTest extends AllocationPolicyContract {
 *   @Override
 *   protected AllocationPolicy policy() {
 *     return new MyAllocationPolicy();
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.contract;

import org.jspecify.annotations.NullMarked;
