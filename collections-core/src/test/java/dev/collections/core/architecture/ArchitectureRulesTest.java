package dev.collections.core.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.collections.archfixture.BadFixtures;
import dev.collections.archfixture.CleanFixture;
import dev.collections.archfixture.ImmutableLeak;
import dev.collections.archfixture.cycle.a.First;
import dev.collections.archfixture.cycle.b.Second;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves that every architecture rule can fail, and that none fails on a clean class. */
class ArchitectureRulesTest {

  static Stream<Arguments> violations() {
    return Stream.of(
        violation("NO_IO", ArchitectureRules.NO_IO, BadFixtures.OpensReader.class),
        violation("NO_IO", ArchitectureRules.NO_IO, BadFixtures.ReadsFiles.class),
        violation("NO_IO", ArchitectureRules.NO_IO, BadFixtures.OpensSockets.class),
        violation("NO_IO", ArchitectureRules.NO_IO, BadFixtures.QueriesDatabase.class),
        violation("NO_CONSOLE", ArchitectureRules.NO_CONSOLE, BadFixtures.PrintsToConsole.class),
        violation(
            "NO_ENVIRONMENT", ArchitectureRules.NO_ENVIRONMENT, BadFixtures.ReadsEnvironment.class),
        violation(
            "NO_ENVIRONMENT",
            ArchitectureRules.NO_ENVIRONMENT,
            BadFixtures.ReadsSystemProperty.class),
        violation("NO_AMBIENT_TIME", ArchitectureRules.NO_AMBIENT_TIME, BadFixtures.CallsNow.class),
        violation(
            "NO_AMBIENT_TIME",
            ArchitectureRules.NO_AMBIENT_TIME,
            BadFixtures.ReadsSystemTime.class),
        violation(
            "NO_AMBIENT_TIME",
            ArchitectureRules.NO_AMBIENT_TIME,
            BadFixtures.UsesSystemClock.class),
        violation(
            "NO_AMBIENT_RANDOMNESS",
            ArchitectureRules.NO_AMBIENT_RANDOMNESS,
            BadFixtures.UsesMathRandom.class),
        violation(
            "NO_AMBIENT_RANDOMNESS",
            ArchitectureRules.NO_AMBIENT_RANDOMNESS,
            BadFixtures.CreatesRandom.class),
        violation("NO_THREADS", ArchitectureRules.NO_THREADS, BadFixtures.StartsThread.class),
        violation("NO_THREADS", ArchitectureRules.NO_THREADS, BadFixtures.CreatesExecutor.class),
        violation("NO_THREADS", ArchitectureRules.NO_THREADS, BadFixtures.UsesParallelStream.class),
        violation(
            "NO_PACKAGE_CYCLES", ArchitectureRules.NO_PACKAGE_CYCLES, First.class, Second.class),
        violation(
            "NO_PUBLIC_IMMUTABLE_TYPES",
            ArchitectureRules.NO_PUBLIC_IMMUTABLE_TYPES,
            ImmutableLeak.class),
        violation(
            "NO_GUAVA_IN_PUBLIC_API",
            ArchitectureRules.NO_GUAVA_IN_PUBLIC_API,
            BadFixtures.class,
            BadFixtures.ExposesGuava.class),
        violation(
            "NO_GENERIC_EXCEPTIONS",
            ArchitectureRules.NO_GENERIC_EXCEPTIONS,
            BadFixtures.ThrowsRuntimeException.class),
        violation("NO_INIT_SHIM", ArchitectureRules.NO_INIT_SHIM, BadFixtures.KeepsInitShim.class),
        violation(
            "NO_CORE_INTERNALS_OUTSIDE_CORE",
            ArchitectureRules.NO_CORE_INTERNALS_OUTSIDE_CORE,
            BadFixtures.UsesCoreInternals.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void rule_badFixture_reportsViolation(ArchRule rule, Class<?>[] fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), () -> "expected a violation of " + rule.getDescription());
  }

  static Stream<Named<ArchRule>> allRules() {
    return Stream.of(
        Named.of("NO_IO", ArchitectureRules.NO_IO),
        Named.of("NO_CONSOLE", ArchitectureRules.NO_CONSOLE),
        Named.of("NO_ENVIRONMENT", ArchitectureRules.NO_ENVIRONMENT),
        Named.of("NO_AMBIENT_TIME", ArchitectureRules.NO_AMBIENT_TIME),
        Named.of("NO_AMBIENT_RANDOMNESS", ArchitectureRules.NO_AMBIENT_RANDOMNESS),
        Named.of("NO_THREADS", ArchitectureRules.NO_THREADS),
        Named.of("NO_PACKAGE_CYCLES", ArchitectureRules.NO_PACKAGE_CYCLES),
        Named.of("NO_PUBLIC_IMMUTABLE_TYPES", ArchitectureRules.NO_PUBLIC_IMMUTABLE_TYPES),
        Named.of("NO_GUAVA_IN_PUBLIC_API", ArchitectureRules.NO_GUAVA_IN_PUBLIC_API),
        Named.of("NO_GENERIC_EXCEPTIONS", ArchitectureRules.NO_GENERIC_EXCEPTIONS),
        Named.of("NO_INIT_SHIM", ArchitectureRules.NO_INIT_SHIM),
        Named.of(
            "NO_CORE_INTERNALS_OUTSIDE_CORE", ArchitectureRules.NO_CORE_INTERNALS_OUTSIDE_CORE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void rule_cleanFixture_reportsNothing(ArchRule rule) {
    JavaClasses classes = new ClassFileImporter().importClasses(CleanFixture.class);
    EvaluationResult result = rule.evaluate(classes);
    assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
  }

  @org.junit.jupiter.api.Test
  void exemptions_spareOnlyTheNamedClass() {
    JavaClasses classes =
        new ClassFileImporter()
            .importClasses(
                BadFixtures.ReadsEnvironment.class,
                BadFixtures.ReadsSystemProperty.class,
                BadFixtures.CreatesRandom.class);
    String reads = BadFixtures.ReadsEnvironment.class.getName();
    assertFalse(
        ArchitectureRules.noEnvironmentOutside(
                reads, BadFixtures.ReadsSystemProperty.class.getName())
            .evaluate(classes)
            .hasViolation());
    assertTrue(ArchitectureRules.noEnvironmentOutside(reads).evaluate(classes).hasViolation());
    String draws = BadFixtures.CreatesRandom.class.getName();
    assertFalse(
        ArchitectureRules.noAmbientRandomnessOutside(draws).evaluate(classes).hasViolation());
    assertTrue(ArchitectureRules.noAmbientRandomnessOutside().evaluate(classes).hasViolation());
  }

  private static Arguments violation(String name, ArchRule rule, Class<?>... fixtures) {
    return Arguments.of(Named.of(name, rule), fixtures);
  }
}
