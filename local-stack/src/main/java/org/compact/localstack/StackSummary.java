package org.compact.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compact.contracts.Topics;

/** The table printed once the stack is up: where everything is and how to reach it. */
final class StackSummary {
  private static final String[] HEADER = {
    "SERVICE", "STATUS", "API", "SWAGGER UI", "OPENAPI", "HEALTH", "METRICS"
  };

  private StackSummary() {}

  static String render(
      StackOptions options, PostgresServer postgres, String kafka, List<ServiceProcess> services) {
    Path root = options.root();
    DataLayout layout = options.layout();
    StringBuilder text = new StringBuilder();
    text.append(System.lineSeparator());
    text.append(
        options.command() == StackOptions.Command.INFRA
            ? "Compact infrastructure is up. Ctrl-C stops it.\n"
            : "Compact local stack is up. Ctrl-C stops everything.\n");
    text.append('\n');
    line(
        text,
        "PostgreSQL",
        "%s  databases %s; user %s"
            .formatted(
                postgres.jdbcUrl("<db>"),
                String.join(", ", ServiceDefinition.databases()),
                options.databaseUser()));
    line(
        text,
        "",
        "psql -h %s -p %d -U %s %s   (superuser: -U postgres)"
            .formatted(
                options.host(),
                options.postgresPort(),
                options.databaseUser(),
                ServiceDefinition.ALL.get(0).database()));
    line(text, "Kafka", "%s  topics %s".formatted(kafka, String.join(", ", Topics.ALL)));
    line(
        text,
        "Dev JWT",
        "bin/token <role> [org-uuid]   key %s".formatted(relative(root, layout.keys())));
    line(text, "Logs", relative(root, layout.logs()).toString());
    if (!services.isEmpty()) {
      text.append('\n').append(table(services, root));
    }
    return text.append('\n').toString();
  }

  private static String table(List<ServiceProcess> services, Path root) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ServiceProcess service : services) {
      String name = service.name() + "-service";
      if (service.status() == ServiceProcess.Status.NOT_BUILT) {
        rows.add(new String[] {name, service.status().label, "(no jar: bin/run --build)"});
        continue;
      }
      if (service.status() == ServiceProcess.Status.EXITED) {
        rows.add(
            new String[] {
              name, service.status().label, "(see " + relative(root, service.child().log()) + ")"
            });
        continue;
      }
      rows.add(
          new String[] {
            name,
            service.status().label,
            service.baseUrl().toString(),
            service.url("/q/swagger-ui").toString(),
            service.url("/q/openapi").toString(),
            service.url("/q/health").toString(),
            service.url("/q/metrics").toString()
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      // a short row's last cell (a note) may run past the columns it covers
      int measured = row.length < HEADER.length ? row.length - 1 : row.length;
      for (int i = 0; i < measured; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append("  ").append(pad(label, 12)).append(value).append('\n');
  }

  private static String pad(String value, int width) {
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }

  private static Path relative(Path root, Path path) {
    return path.startsWith(root) ? root.relativize(path) : path;
  }
}
