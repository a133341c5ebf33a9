package dev.collections.rules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.collections.core.architecture.ArchitectureRules;

/**
 * Keeps collections-rules pure, deterministic and free of I/O, and out of collections-core's
 * internal packages. The rules themselves, and the proof that each can fail, are in
 * collections-core's test jar.
 */
@AnalyzeClasses(
    packages = "dev.collections.rules",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  @ArchTest static final ArchRule NO_IO = ArchitectureRules.NO_IO;

  @ArchTest static final ArchRule NO_CONSOLE = ArchitectureRules.NO_CONSOLE;

  @ArchTest static final ArchRule NO_ENVIRONMENT = ArchitectureRules.NO_ENVIRONMENT;

  @ArchTest static final ArchRule NO_AMBIENT_TIME = ArchitectureRules.NO_AMBIENT_TIME;

  @ArchTest static final ArchRule NO_AMBIENT_RANDOMNESS = ArchitectureRules.NO_AMBIENT_RANDOMNESS;

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
