package dev.collections.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.collections.core.architecture.ArchitectureRules;

/**
 * Keeps collections-testkit free of I/O and ambient state, except that its property runner reads
 * its settings from system properties and draws a fresh seed, both in {@code Settings} alone.
 */
@AnalyzeClasses(
    packages = "dev.collections.testkit",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  private static final String SETTINGS = "dev.collections.testkit.Settings";

  @ArchTest static final ArchRule NO_IO = ArchitectureRules.NO_IO;

  @ArchTest static final ArchRule NO_CONSOLE = ArchitectureRules.NO_CONSOLE;

  @ArchTest
  static final ArchRule NO_ENVIRONMENT_OUTSIDE_SETTINGS =
      ArchitectureRules.noEnvironmentOutside(SETTINGS);

  @ArchTest static final ArchRule NO_AMBIENT_TIME = ArchitectureRules.NO_AMBIENT_TIME;

  @ArchTest
  static final ArchRule NO_AMBIENT_RANDOMNESS_OUTSIDE_SETTINGS =
      ArchitectureRules.noAmbientRandomnessOutside(SETTINGS);

  @ArchTest static final ArchRule NO_THREADS = ArchitectureRules.NO_THREADS;

  @ArchTest static final ArchRule NO_PACKAGE_CYCLES = ArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule NO_PUBLIC_IMMUTABLE_TYPES = ArchitectureRules.NO_PUBLIC_IMMUTABLE_TYPES;

  @ArchTest static final ArchRule NO_GUAVA_IN_PUBLIC_API = ArchitectureRules.NO_GUAVA_IN_PUBLIC_API;

  @ArchTest static final ArchRule NO_GENERIC_EXCEPTIONS = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule NO_INIT_SHIM = ArchitectureRules.NO_INIT_SHIM;

  @ArchTest
  static final ArchRule NO_CORE_INTERNALS = ArchitectureRules.NO_CORE_INTERNALS_OUTSIDE_CORE;
}
