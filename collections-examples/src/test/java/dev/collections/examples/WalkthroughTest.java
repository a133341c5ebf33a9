package dev.collections.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The walkthrough runs and prints the exact results it promises. */
class WalkthroughTest {

  @Test
  void run_printsExactAmountsAndAdjustedDates() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Walkthrough.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("USD 416.70] (sum USD 2500.00)"), output);
    assertTrue(output.contains("2024-03-31 (SUNDAY) -> due 2024-04-01 (moved)"), output);
    assertTrue(output.contains("(sum USD 100.00)"), output);
    assertTrue(output.contains("Labor Day 2031 is 2031-09-01"), output);
  }
}
