package dev.collections.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture rules of collections, shared by the {@code ArchitectureTest} of every library
 * module (through collections-core's test jar). Each rule is proven able to fail by {@code
 * ArchitectureRulesTest}, which applies it to a deliberately bad fixture class.
 */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  private static final Pattern IO_TYPE =
      Pattern.compile("java\\.io\\.\\w*(Stream|Reader|Writer|File|Console)\\w*");

  private static final DescribedPredicate<JavaClass> IO_TYPES =
      describe(
          "java.io streams, files, readers and writers, java.nio.file, java.net or java.sql",
          c ->
              IO_TYPE.matcher(c.getName()).matches()
                  || c.getPackageName().startsWith("java.nio.file")
                  || c.getPackageName().startsWith("java.net")
                  || c.getPackageName().startsWith("java.sql"));

  /** No file, stream, network or database access: the host owns storage and transport. */
  public static final ArchRule NO_IO =
      noClasses()
          .should()
          .dependOnClassesThat(IO_TYPES)
          .because("the library does no I/O: the host owns storage, transport and screens");

  /** No printing to the console. */
  public static final ArchRule NO_CONSOLE =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("the library does no I/O and reports through return values and exceptions");

  /** No reading of environment variables or system properties. */
  public static final ArchRule NO_ENVIRONMENT = noEnvironmentOutside();

  /**
   * No reading of environment variables or system properties outside the named classes: the
   * testkit's property runner reads its settings in one place.
   *
   * @param exempt fully qualified names of the classes allowed to read them
   * @return the rule
   */
  public static ArchRule noEnvironmentOutside(String... exempt) {
    return noClasses()
        .that(areNotOneOf(exempt))
        .should()
        .callMethodWhere(systemMethod("getenv", "getProperty", "getProperties"))
        .because("the same inputs must give the same answer on any machine");
  }

  /**
   * No ambient clock, zone or locale: every calculation takes its "as of" date or instant, and the
   * zones it needs, as arguments.
   */
  public static final ArchRule NO_AMBIENT_TIME =
      noClasses()
          .should()
          .callMethodWhere(systemMethod("currentTimeMillis", "nanoTime"))
          .orShould()
          .callMethodWhere(
              describe(
                  "a now(...) that is not given a Clock",
                  call ->
                      call.getName().equals("now")
                          && !(call.getTarget().getRawParameterTypes().size() == 1
                              && call.getTarget()
                                  .getRawParameterTypes()
                                  .get(0)
                                  .isEquivalentTo(java.time.Clock.class))))
          .orShould()
          .callMethodWhere(
              describe(
                  "Clock.system*(), ZoneId.systemDefault(), TimeZone.getDefault(),"
                      + " Calendar.getInstance() or Locale.getDefault()",
                  call ->
                      (call.getTargetOwner().isEquivalentTo(java.time.Clock.class)
                              && call.getName().startsWith("system"))
                          || (call.getTargetOwner().isEquivalentTo(java.time.ZoneId.class)
                              && call.getName().equals("systemDefault"))
                          || (call.getTargetOwner().isEquivalentTo(java.util.TimeZone.class)
                              && call.getName().equals("getDefault"))
                          || (call.getTargetOwner().isEquivalentTo(java.util.Calendar.class)
                              && call.getName().equals("getInstance"))
                          || (call.getTargetOwner().isEquivalentTo(java.util.Locale.class)
                              && call.getName().equals("getDefault"))))
          .orShould()
          .callConstructorWhere(
              describe(
                  "new Date() without an instant",
                  call ->
                      call.getTargetOwner().isEquivalentTo(java.util.Date.class)
                          && call.getTarget().getRawParameterTypes().isEmpty()))
          .because("time is an argument: every calculation takes its as-of date or instant");

  /** No unseeded randomness. */
  public static final ArchRule NO_AMBIENT_RANDOMNESS = noAmbientRandomnessOutside();

  /**
   * No unseeded randomness outside the named classes: the testkit's property runner draws a fresh
   * seed in one place, and reports it.
   *
   * @param exempt fully qualified names of the classes allowed to draw one
   * @return the rule
   */
  public static ArchRule noAmbientRandomnessOutside(String... exempt) {
    return noClasses()
        .that(areNotOneOf(exempt))
        .should()
        .callMethod(Math.class, "random")
        .orShould()
        .callMethod(java.util.concurrent.ThreadLocalRandom.class, "current")
        .orShould()
        .callMethod(java.util.UUID.class, "randomUUID")
        .orShould()
        .callConstructor(java.util.Random.class)
        .orShould()
        .callConstructor(java.util.SplittableRandom.class)
        .orShould()
        .callConstructor(java.security.SecureRandom.class)
        .because("results must be deterministic; randomness is a seeded parameter if ever needed");
  }

  /** No threads, executors, timers or parallel streams. */
  public static final ArchRule NO_THREADS =
      noClasses()
          .should()
          .dependOnClassesThat(
              describe(
                  "threads, executors, fork-join pools or timers",
                  c ->
                      c.isAssignableTo(Thread.class)
                          || c.isAssignableTo(java.util.concurrent.Executor.class)
                          || c.isAssignableTo(java.util.Timer.class)
                          || c.isAssignableTo(java.util.concurrent.CompletableFuture.class)))
          .orShould()
          .callMethodWhere(
              describe(
                  "Collection.parallelStream() or BaseStream.parallel()",
                  call ->
                      (call.getName().equals("parallelStream")
                              && call.getTargetOwner().isAssignableTo(java.util.Collection.class))
                          || (call.getName().equals("parallel")
                              && call.getTargetOwner()
                                  .isAssignableTo(java.util.stream.BaseStream.class))))
          .because("the library is pure; the host decides how work is spread across threads");

  /** No cycles between the packages of the library. */
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("dev.collections.(**)")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true)
          .because("packages are domain concepts layered one way, so each can be read alone");

  /** The classes Immutables generates stay hidden behind the domain type. */
  public static final ArchRule NO_PUBLIC_IMMUTABLE_TYPES =
      noClasses()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .bePublic()
          .allowEmptyShould(true)
          .because("users see Debtor and Debtor.builder(), never the generated ImmutableDebtor");

  /** Guava is an implementation detail: it appears in no public signature. */
  public static final ArchRule NO_GUAVA_IN_PUBLIC_API =
      ArchRuleDefinition.classes()
          .should(notExposeGuavaTypes())
          .because("Guava is an implementation detail: public signatures use List, Set and Map");

  /** Failures are specific exceptions, never a bare RuntimeException. */
  public static final ArchRule NO_GENERIC_EXCEPTIONS =
      noClasses()
          .should()
          .callConstructorWhere(
              describe(
                  "a constructor of RuntimeException, Exception, Throwable or Error",
                  call ->
                      Set.of(
                              RuntimeException.class.getName(),
                              Exception.class.getName(),
                              Throwable.class.getName(),
                              Error.class.getName())
                          .contains(call.getTargetOwner().getName())))
          .because(
              "bad input is an IllegalArgumentException or NullPointerException naming the field,"
                  + " contradictory configuration an IllegalStateException");

  /**
   * Generated values keep default and derived attributes in plain final fields: Immutables'
   * volatile {@code initShim} field (see {@code CollectionsStyle}) would be read by every such
   * accessor.
   */
  public static final ArchRule NO_INIT_SHIM =
      noFields()
          .should()
          .haveName("initShim")
          .allowEmptyShould(true)
          .because(
              "a volatile read in every derived accessor stops the JIT hoisting loads out of bulk"
                  + " loops such as aging a portfolio");

  /** Only collections-core may use its internal packages. */
  public static final ArchRule NO_CORE_INTERNALS_OUTSIDE_CORE =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.collections.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.collections.core..internal..")
          .allowEmptyShould(true)
          .because("internal packages are not API and may change in any release");

  private static DescribedPredicate<JavaClass> areNotOneOf(String... exempt) {
    Set<String> names = Set.of(exempt);
    return describe(
        names.isEmpty() ? "are any class" : "are not one of " + names,
        c -> !names.contains(c.getName()));
  }

  private static DescribedPredicate<JavaAccess<?>> systemMethod(String... names) {
    Set<String> banned = Set.of(names);
    return describe(
        "System." + String.join("/", names) + "()",
        access ->
            access.getTargetOwner().isEquivalentTo(System.class)
                && banned.contains(access.getName()));
  }

  private static ArchCondition<JavaClass> notExposeGuavaTypes() {
    return new ArchCondition<>("not expose Guava types in public signatures") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        if (!isPublicApi(javaClass)) {
          return;
        }
        Set<String> exposures = new LinkedHashSet<>();
        javaClass.getRawSuperclass().ifPresent(s -> collect("superclass", s, exposures));
        javaClass.getRawInterfaces().forEach(i -> collect("interface", i, exposures));
        for (JavaMember member : javaClass.getMembers()) {
          if (!isVisible(member.getModifiers())) {
            continue;
          }
          if (member instanceof JavaField field) {
            collect(field.getName(), field.getType(), exposures);
          } else if (member instanceof JavaCodeUnit code) {
            collect(code.getName() + " return type", code.getReturnType(), exposures);
            code.getParameterTypes()
                .forEach(p -> collect(code.getName() + " parameter", p, exposures));
            code.getThrowsClause()
                .getTypes()
                .forEach(t -> collect(code.getName() + " throws", t, exposures));
          }
        }
        for (String exposure : exposures) {
          events.add(
              SimpleConditionEvent.violated(javaClass, javaClass.getName() + ": " + exposure));
        }
      }
    };
  }

  private static void collect(String where, JavaType type, Set<String> exposures) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      if (involved.getPackageName().startsWith("com.google.common")) {
        exposures.add(where + " uses " + involved.getName());
      }
    }
  }

  private static boolean isPublicApi(JavaClass javaClass) {
    Optional<JavaClass> current = Optional.of(javaClass);
    while (current.isPresent()) {
      if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      current = current.get().getEnclosingClass();
    }
    return true;
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
