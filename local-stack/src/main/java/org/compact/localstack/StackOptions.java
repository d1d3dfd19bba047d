package org.compact.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The command line, with environment variables as fallback and defaults last. Every port, folder
 * and timeout can be changed; see {@link #USAGE}.
 */
record StackOptions(
    Command command,
    Path root,
    DataLayout layout,
    String bindHost,
    String host,
    int postgresPort,
    int kafkaPort,
    int kafkaControllerPort,
    int topicPartitions,
    Map<String, Integer> servicePorts,
    List<ServiceDefinition> services,
    Duration startupTimeout,
    boolean reset,
    boolean demoData,
    String databaseUser,
    String databasePassword,
    String issuer,
    List<String> serviceJavaOptions,
    boolean aotCache,
    List<String> kafkaJavaOptions,
    DevTokens.TokenRequest token) {

  /**
   * The services' JVM options unless COMPACT_SERVICE_JAVA_OPTS says otherwise (bench/README.md,
   * findings 4 and 5): they bound a service at about 325-357 MB of RSS under load, where -Xmx384m
   * with G1 grew to 416-607 MB over a benchmark run. Serial GC suits a 2-core host; C2's code cache
   * and metaspace are capped; 512 KB thread stacks suffice for the services' call depths.
   */
  static final String DEFAULT_SERVICE_JAVA_OPTS =
      "-Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m"
          + " -Xss512k";

  /** What to do. */
  enum Command {
    RUN,
    INFRA,
    RESET,
    TOKEN,
    HELP;

    static Command parse(String word) {
      try {
        return valueOf(word.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "Unknown command '" + word + "'; use run, infra, reset, token or help");
      }
    }
  }

  static final String USAGE =
      """
      Usage: local-stack [run|infra|reset|token|help] [options]

      Commands
        run     PostgreSQL, Kafka (with topics) and every built service; Ctrl-C stops all (default)
        infra   PostgreSQL, Kafka and topics only, for developers and system tests
        reset   delete the data folder (refused while a stack runs on it)
        token   print a dev JWT: token --role <role> [--org <uuid>] [--sub <subject>] [--ttl <minutes>]
                roles: compact-admin, ccrg-member, partner, council-system

      Options (environment variable, default)
        --root <dir>                 project root (COMPACT_ROOT, current directory)
        --data-dir <dir>             data folder (COMPACT_DATA_DIR, <root>/.data)
        --pg-port <port>             PostgreSQL (COMPACT_PG_PORT, 15432)
        --kafka-port <port>          Kafka clients (COMPACT_KAFKA_PORT, 19092)
        --kafka-controller-port <p>  Kafka KRaft controller (COMPACT_KAFKA_CONTROLLER_PORT, 19093)
        --topic-partitions <n>       partitions of new topics (COMPACT_TOPIC_PARTITIONS, 3)
        --services <a,b,...>         run only these services (COMPACT_SERVICES, all)
        --port <service>=<port>      HTTP port of a service, repeatable (COMPACT_<SERVICE>_PORT,
                                     signatory 8081, actionplan 8082, dispute 8083,
                                     consultation 8084, reporting 8085, notification 8086)
        --timeout <seconds>          wait for each start phase (COMPACT_STARTUP_TIMEOUT, 180)
        --db-user <name>             login role owning the databases (COMPACT_DB_USER, compact)
        --db-password <password>     its password (COMPACT_DB_PASSWORD, compact)
        --issuer <url>               JWT issuer (COMPACT_JWT_ISSUER, https://compact.local/issuer)
        --bind-host <address>        address servers listen on (COMPACT_BIND_HOST, 127.0.0.1)
        --host <name>                host name clients use (COMPACT_HOST, localhost)
        --reset                      run/infra: delete the data folder first
        --no-demo-data               run: do not call the demo data loaders
        --no-aot-cache               run: no JDK AOT cache (COMPACT_AOT_CACHE=off; default on)
        -h, --help                   this text

      JVM options of the child processes: COMPACT_SERVICE_JAVA_OPTS (-Xmx192m -XX:+UseSerialGC
      -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k),
      COMPACT_KAFKA_JAVA_OPTS (-Xmx512m -Xms256m).

      AOT cache (JDK 25): run starts each service with its cache in <data-dir>/aot. A missing or
      stale cache (other jar, JVM options or JDK) is trained first: the service starts once with
      -XX:AOTCacheOutput, gets a few reads and stops; this makes the first start slower.
      """;

  private static final Set<String> FLAGS = Set.of("--reset", "--no-demo-data", "--no-aot-cache");
  private static final Set<String> VALUED =
      Set.of(
          "--root",
          "--data-dir",
          "--pg-port",
          "--kafka-port",
          "--kafka-controller-port",
          "--topic-partitions",
          "--services",
          "--port",
          "--timeout",
          "--db-user",
          "--db-password",
          "--issuer",
          "--bind-host",
          "--host",
          "--role",
          "--org",
          "--sub",
          "--ttl");
  private static final Set<String> TOKEN_ONLY = Set.of("--role", "--org", "--sub", "--ttl");

  static StackOptions parse(List<String> args, Function<String, String> environment) {
    Command command = null;
    Map<String, String> values = new LinkedHashMap<>();
    List<String> portOverrides = new ArrayList<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        command = Command.HELP;
        continue;
      }
      if (!arg.startsWith("-")) {
        if (command != null) {
          throw new UsageException("Unexpected argument '" + arg + "'");
        }
        command = Command.parse(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (FLAGS.contains(name) && value == null) {
        flags.add(name);
        continue;
      }
      if (!VALUED.contains(name)) {
        throw new UsageException("Unknown option '" + name + "'");
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        value = args.get(++i);
      }
      if (name.equals("--port")) {
        portOverrides.add(value);
      } else {
        values.put(name, value);
      }
    }
    if (command == null) {
      command = Command.RUN;
    }
    Settings settings = new Settings(values, environment);
    if (command != Command.TOKEN) {
      for (String tokenOption : TOKEN_ONLY) {
        if (values.containsKey(tokenOption)) {
          throw new UsageException(tokenOption + " belongs to the token command");
        }
      }
    }

    Path root =
        Path.of(settings.get("--root", "COMPACT_ROOT", System.getProperty("user.dir")))
            .toAbsolutePath()
            .normalize();
    String dataDir = settings.get("--data-dir", "COMPACT_DATA_DIR", null);
    DataLayout layout =
        new DataLayout(dataDir == null ? root.resolve(".data") : root.resolve(dataDir));

    Map<String, Integer> servicePorts = new LinkedHashMap<>();
    for (ServiceDefinition service : ServiceDefinition.ALL) {
      String variable = "COMPACT_" + service.name().toUpperCase(Locale.ROOT) + "_PORT";
      String fromEnv = environment.apply(variable);
      servicePorts.put(
          service.name(), fromEnv == null ? service.defaultPort() : port(fromEnv, variable));
    }
    for (String override : portOverrides) {
      int equals = override.indexOf('=');
      if (equals <= 0) {
        throw new UsageException("--port wants <service>=<port>, not '" + override + "'");
      }
      String service = override.substring(0, equals).replaceFirst("-service$", "");
      if (ServiceDefinition.named(service).isEmpty()) {
        throw new UsageException(unknownService(service));
      }
      servicePorts.put(service, port(override.substring(equals + 1), "--port " + service));
    }

    return new StackOptions(
        command,
        root,
        layout,
        settings.get("--bind-host", "COMPACT_BIND_HOST", "127.0.0.1"),
        settings.get("--host", "COMPACT_HOST", "localhost"),
        settings.port("--pg-port", "COMPACT_PG_PORT", 15432),
        settings.port("--kafka-port", "COMPACT_KAFKA_PORT", 19092),
        settings.port("--kafka-controller-port", "COMPACT_KAFKA_CONTROLLER_PORT", 19093),
        settings.positive("--topic-partitions", "COMPACT_TOPIC_PARTITIONS", 3),
        Map.copyOf(servicePorts),
        services(settings.get("--services", "COMPACT_SERVICES", null)),
        Duration.ofSeconds(settings.positive("--timeout", "COMPACT_STARTUP_TIMEOUT", 180)),
        flags.contains("--reset"),
        !flags.contains("--no-demo-data"),
        settings.get("--db-user", "COMPACT_DB_USER", "compact"),
        settings.get("--db-password", "COMPACT_DB_PASSWORD", "compact"),
        settings.get("--issuer", "COMPACT_JWT_ISSUER", DevTokens.DEFAULT_ISSUER),
        javaOptions(environment.apply("COMPACT_SERVICE_JAVA_OPTS"), DEFAULT_SERVICE_JAVA_OPTS),
        !flags.contains("--no-aot-cache") && aotCacheSwitch(environment.apply("COMPACT_AOT_CACHE")),
        javaOptions(environment.apply("COMPACT_KAFKA_JAVA_OPTS"), "-Xmx512m -Xms256m"),
        command == Command.TOKEN ? tokenRequest(values) : null);
  }

  private static DevTokens.TokenRequest tokenRequest(Map<String, String> values) {
    String role = values.get("--role");
    if (role == null) {
      throw new UsageException(
          "token needs --role <role>; roles: " + String.join(", ", DevTokens.ROLES));
    }
    Optional<UUID> organisation = Optional.empty();
    if (values.containsKey("--org")) {
      try {
        organisation = Optional.of(UUID.fromString(values.get("--org")));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--org must be a UUID, not '" + values.get("--org") + "'");
      }
    }
    Duration ttl = DevTokens.DEFAULT_TTL;
    if (values.containsKey("--ttl")) {
      ttl = Duration.ofMinutes(number(values.get("--ttl"), "--ttl"));
    }
    return new DevTokens.TokenRequest(role, organisation, values.get("--sub"), ttl);
  }

  private static List<ServiceDefinition> services(String names) {
    if (names == null || names.isBlank()) {
      return ServiceDefinition.ALL;
    }
    Set<String> wanted = new HashSet<>();
    for (String name : names.split(",")) {
      String trimmed = name.trim().replaceFirst("-service$", "");
      if (trimmed.isEmpty()) {
        continue;
      }
      if (ServiceDefinition.named(trimmed).isEmpty()) {
        throw new UsageException(unknownService(trimmed));
      }
      wanted.add(trimmed);
    }
    return ServiceDefinition.ALL.stream().filter(s -> wanted.contains(s.name())).toList();
  }

  private static String unknownService(String name) {
    return "Unknown service '"
        + name
        + "'; services: "
        + String.join(", ", ServiceDefinition.names());
  }

  /** COMPACT_AOT_CACHE: on (the default) or off. */
  private static boolean aotCacheSwitch(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default ->
          throw new UsageException("COMPACT_AOT_CACHE must be on or off, not '" + value + "'");
    };
  }

  private static List<String> javaOptions(String value, String defaults) {
    String options = value == null ? defaults : value;
    return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  private static int port(String value, String source) {
    int port = number(value, source);
    if (port < 1 || port > 65535) {
      throw new UsageException(source + " must be a port between 1 and 65535, not " + port);
    }
    return port;
  }

  private static int number(String value, String source) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(source + " must be a number, not '" + value + "'");
    }
  }

  /** Looks an option up on the command line, then in the environment, then takes the default. */
  private record Settings(Map<String, String> values, Function<String, String> environment) {
    String get(String option, String variable, String fallback) {
      String value = values.get(option);
      if (value == null) {
        value = environment.apply(variable);
      }
      return value == null || value.isBlank() ? fallback : value;
    }

    int port(String option, String variable, int fallback) {
      String value = get(option, variable, null);
      return value == null ? fallback : StackOptions.port(value, source(option, variable));
    }

    int positive(String option, String variable, int fallback) {
      String value = get(option, variable, null);
      if (value == null) {
        return fallback;
      }
      int number = number(value, source(option, variable));
      if (number < 1) {
        throw new UsageException(source(option, variable) + " must be at least 1");
      }
      return number;
    }

    private String source(String option, String variable) {
      return values.containsKey(option) ? option : variable;
    }
  }
}
