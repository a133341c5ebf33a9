package dev.collections.archfixture;

import com.google.common.collect.ImmutableList;
import dev.collections.core.internal.MinorUnits;
import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.joda.money.Money;

/**
 * Deliberately bad classes, one per architecture rule: {@code ArchitectureRulesTest} proves each
 * rule finds its violation here. None of these is ever run.
 */
public final class BadFixtures {

  private BadFixtures() {}

  /** Reads a file through java.io. */
  public static final class OpensReader {
    String firstLine(String name) throws IOException {
      try (BufferedReader reader =
          new BufferedReader(new FileReader(name, StandardCharsets.UTF_8))) {
        return reader.readLine();
      }
    }
  }

  /** Reads a file through java.nio.file. */
  public static final class ReadsFiles {
    byte[] read(Path path) throws IOException {
      return Files.readAllBytes(path);
    }
  }

  /** Opens a socket. */
  public static final class OpensSockets {
    void connect() throws IOException {
      try (Socket socket = new Socket("localhost", 80)) {
        socket.getPort();
      }
    }
  }

  /** Queries a database. */
  public static final class QueriesDatabase {
    void connect() throws SQLException {
      DriverManager.getConnection("jdbc:none");
    }
  }

  /** Prints to the console. */
  public static final class PrintsToConsole {
    void print() {
      System.out.println("hello");
    }
  }

  /** Reads an environment variable. */
  public static final class ReadsEnvironment {
    String home() {
      return String.valueOf(System.getenv("HOME"));
    }
  }

  /** Reads a system property. */
  public static final class ReadsSystemProperty {
    String home() {
      return String.valueOf(System.getProperty("user.home"));
    }
  }

  /** Reads the clock through a zero-argument now(). */
  public static final class CallsNow {
    Instant today() {
      return Instant.now();
    }
  }

  /** Reads the system time. */
  public static final class ReadsSystemTime {
    long millis() {
      return System.currentTimeMillis();
    }
  }

  /** Takes the system clock. */
  public static final class UsesSystemClock {
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  /** Reads the clock through now(ZoneId). */
  public static final class CallsNowInZone {
    java.time.LocalDate today() {
      return java.time.LocalDate.now(java.time.ZoneId.of("UTC"));
    }
  }

  /** Reads the default zone. */
  public static final class ReadsDefaultZone {
    java.time.ZoneId zone() {
      return java.time.ZoneId.systemDefault();
    }
  }

  /** Reads the default time zone. */
  public static final class ReadsDefaultTimeZone {
    java.util.TimeZone zone() {
      return java.util.TimeZone.getDefault();
    }
  }

  /** Reads the clock through a Calendar. */
  public static final class CreatesCalendar {
    java.util.Calendar calendar() {
      return java.util.Calendar.getInstance();
    }
  }

  /** Reads the default locale. */
  public static final class ReadsDefaultLocale {
    java.util.Locale locale() {
      return java.util.Locale.getDefault();
    }
  }

  /** Reads the clock through new Date(). */
  public static final class CreatesDate {
    @SuppressWarnings("JavaUtilDate") // deliberately bad
    java.util.Date date() {
      return new java.util.Date();
    }
  }

  /** Uses Math.random. */
  public static final class UsesMathRandom {
    double draw() {
      return Math.random();
    }
  }

  /** Creates an unseeded Random. */
  public static final class CreatesRandom {
    int draw() {
      return new Random().nextInt();
    }
  }

  /** Starts a thread. */
  public static final class StartsThread {
    void start() {
      new Thread(() -> {}).start();
    }
  }

  /** Creates an executor. */
  public static final class CreatesExecutor {
    ExecutorService executor() {
      return Executors.newSingleThreadExecutor();
    }
  }

  /** Uses a parallel stream. */
  public static final class UsesParallelStream {
    long count(List<String> values) {
      return values.parallelStream().count();
    }
  }

  /** Exposes a Guava type in a public signature. */
  public static final class ExposesGuava {
    /**
     * Returns names.
     *
     * @return names
     */
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }
  }

  /** Throws a bare RuntimeException. */
  public static final class ThrowsRuntimeException {
    void fail() {
      throw new RuntimeException("failed");
    }
  }

  /** Keeps an initialization shim, as Immutables generates without unsafeDefaultAndDerived. */
  public static final class KeepsInitShim {
    private volatile Object initShim = new Object();

    Object shim() {
      return initShim;
    }
  }

  /** Uses collections-core's internal package from outside collections-core. */
  public static final class UsesCoreInternals {
    BigInteger units(Money money) {
      return MinorUnits.toBigInteger(money);
    }
  }
}
