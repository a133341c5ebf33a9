package dev.collections.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The walkthrough runs and prints the exact results it promises. */
class WalkthroughTest {

  @Test
  void run_printsExactAmountsDatesAgingAllocationAndCounts() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("USD 416.70] (sum USD 2500.00)"), output);
    assertTrue(output.contains("2024-03-31 (SUNDAY) -> due 2024-04-01 (moved)"), output);
    assertTrue(output.contains("(sum USD 100.00)"), output);
    assertTrue(output.contains("Labor Day 2031 is 2031-09-01"), output);
    assertTrue(output.contains("candidate zones: [America/New_York, America/Los_Angeles]"), output);
    assertTrue(output.contains("31-60: 640.00 (1), disputed 640.00"), output);
    assertTrue(output.contains("gross 1989.55, net 1989.55"), output);
    assertTrue(
        output.contains(
            "by consumerDirected([FEES, INTEREST, PRINCIPAL, COSTS])"
                + ".orElse(oldestDueFirst([FEES, INTEREST, PRINCIPAL, COSTS])):"),
        output);
    assertTrue(output.contains("UTIL-3 PRINCIPAL USD 50.00"), output);
    assertTrue(output.contains("CARD-1 PRINCIPAL USD 196.60"), output);
    assertFalse(output.contains("MED-7 PRINCIPAL"), output);
    assertTrue(output.contains("disputed, so paid nothing even when directed: [MED-7]"), output);
    assertTrue(output.contains("MED-7 now USD 640.00"), output);
    assertTrue(output.contains("CARD-1 now USD 1003.40"), output);
    assertTrue(output.contains("unapplied USD 0.00"), output);
    assertTrue(output.contains("in America/Los_Angeles: 4"), output);
    assertTrue(!output.contains("Alex Example") && !output.contains("+12025550143"), output);
  }
}
