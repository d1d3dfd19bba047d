import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the exact SQL one HTTP request runs: PostgreSQL logs every statement (log_statement =
 * all, switched on with ALTER SYSTEM + reload only around the request), and the statements of the
 * request's connection are read back from the server log with their bound parameters inlined.
 * Statements of background work (outbox relay, leases, consumers) are left out.
 */
final class SqlCapture {
  private static final Pattern ENTRY =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+\\|(\\d+)\\|([^|]*)\\|\\s*(LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|FATAL):\\s+(.*)$");
  private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]+):\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
  private static final Pattern BACKGROUND =
      Pattern.compile("(?i)pg_try_advisory|pg_advisory|skip locked|from outbox_event|update outbox_event|delete from outbox_event|consumer_offset|consumer_position|processed_event|idempotency_record.*expires|select 1$|report_fact \\(");

  private SqlCapture() {}

  /** One request's statements, parameters inlined, in order. */
  record Captured(List<String> statements, String raw) {}

  interface Request {
    void send() throws Exception;
  }

  /**
   * Runs {@code request} twice (the first warms prepared statements and caches) and returns the SQL
   * of the second, from the connection(s) whose statements mention {@code anchor}.
   */
  static Captured capture(Ctx ctx, String database, String anchor, Request request) throws Exception {
    request.send();
    Tools.psql(ctx, "postgres", "ALTER SYSTEM SET log_line_prefix = '%m|%p|%d| '");
    Tools.psql(ctx, "postgres", "ALTER SYSTEM SET log_statement = 'all'");
    Tools.psql(ctx, "postgres", "SELECT pg_reload_conf()");
    Thread.sleep(300);
    long mark;
    try {
      request.send();
      Thread.sleep(200);
      mark = Files.size(ctx.postgresLog());
      request.send();
      Thread.sleep(400);
    } finally {
      Tools.psql(ctx, "postgres", "ALTER SYSTEM RESET log_statement");
      Tools.psql(ctx, "postgres", "SELECT pg_reload_conf()");
    }
    String text = tail(ctx.postgresLog(), mark);
    return parse(text, database, anchor);
  }

  private static String tail(Path file, long from) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      f.seek(from);
      byte[] bytes = new byte[(int) (f.length() - from)];
      f.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private record Entry(String pid, String db, String kind, StringBuilder text) {}

  static Captured parse(String log, String database, String anchor) {
    List<Entry> entries = new ArrayList<>();
    for (String line : log.split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        entries.add(new Entry(m.group(1), m.group(2), m.group(3), new StringBuilder(m.group(4))));
      } else if (!entries.isEmpty() && (line.startsWith("\t") || line.startsWith(" "))) {
        entries.get(entries.size() - 1).text().append(' ').append(line.strip());
      }
    }
    // statements with their parameters (DETAIL follows its LOG line)
    List<String[]> statements = new ArrayList<>(); // {pid, sql}
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!e.db().equals(database) || !e.kind().equals("LOG")) {
        continue;
      }
      Matcher s = STATEMENT.matcher(e.text());
      if (!s.matches()) {
        continue;
      }
      String sql = s.group(1).strip();
      if (i + 1 < entries.size()) {
        Entry next = entries.get(i + 1);
        if (next.kind().equals("DETAIL") && next.pid().equals(e.pid()) && next.text().toString().toLowerCase().startsWith("parameters:")) {
          sql = inline(sql, next.text().toString());
        }
      }
      statements.add(new String[] {e.pid(), sql});
    }
    Set<String> pids = new LinkedHashSet<>();
    for (String[] st : statements) {
      if (st[1].toLowerCase().contains(anchor.toLowerCase())) {
        pids.add(st[0]);
      }
    }
    List<String> result = new ArrayList<>();
    for (String[] st : statements) {
      if (pids.contains(st[0]) && !BACKGROUND.matcher(st[1]).find()) {
        String sql = st[1].replace('\n', ' ');
        // a transaction left empty once the background statements are taken out
        if (sql.equalsIgnoreCase("commit") && !result.isEmpty() && result.get(result.size() - 1).equalsIgnoreCase("begin")) {
          result.remove(result.size() - 1);
          continue;
        }
        result.add(sql);
      }
    }
    return new Captured(result, log);
  }

  private static String inline(String sql, String detail) {
    Map<Integer, String> values = new LinkedHashMap<>();
    Matcher p = PARAM.matcher(detail);
    while (p.find()) {
      values.put(Integer.parseInt(p.group(1)), p.group(2));
    }
    for (int n = values.size(); n >= 1; n--) {
      String v = values.get(n);
      if (v != null) {
        sql = sql.replace("$" + n, v);
      }
    }
    return sql;
  }

  /**
   * A pgbench script for a write: the same statements in one transaction, each new UUID (first seen
   * in an INSERT) replaced by a fresh gen_random_uuid() per transaction, optimistic version checks
   * dropped so that every transaction updates its row.
   */
  static String writeScript(List<String> statements) {
    Pattern uuid = Pattern.compile("'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'");
    Map<String, String> fresh = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String st : statements) {
      Matcher m = uuid.matcher(st);
      boolean insert = st.strip().toLowerCase().startsWith("insert");
      while (m.find()) {
        String u = m.group(1);
        if (!seen.contains(u) && insert) {
          fresh.putIfAbsent(u, "u" + (fresh.size() + 1));
        }
        seen.add(u);
      }
    }
    StringBuilder script = new StringBuilder();
    if (!fresh.isEmpty()) {
      List<String> cols = new ArrayList<>();
      fresh.values().forEach(v -> cols.add("gen_random_uuid() as " + v));
      script.append("select ").append(String.join(", ", cols)).append(" \\gset\n");
    }
    boolean hasBegin = statements.stream().anyMatch(s -> s.equalsIgnoreCase("begin"));
    if (!hasBegin) {
      script.append("BEGIN;\n");
    }
    for (String st : statements) {
      String out = st;
      for (Map.Entry<String, String> f : fresh.entrySet()) {
        out = out.replace("'" + f.getKey() + "'", "cast(:" + f.getValue() + " as uuid)");
      }
      if (out.toLowerCase().startsWith("insert into outbox_event")) {
        out = markPublished(out);
      }
      if (out.toLowerCase().startsWith("update")) {
        out = out.replaceAll("(?i)\\s+and\\s+version\\s*=\\s*'?\\d+'?", "");
      }
      script.append(out).append(";\n");
    }
    boolean hasCommit = statements.stream().anyMatch(s -> s.equalsIgnoreCase("commit"));
    if (!hasCommit) {
      script.append("COMMIT;\n");
    }
    return script.toString();
  }

  /**
   * pgbench's outbox rows are inserted as already published (published_at = now() instead of
   * NULL): the same insert, but the relay must not publish them to the topics (their envelopes
   * all carry the captured event id, and they would load the consumers during the measurements).
   */
  static String markPublished(String insert) {
    int cols = insert.indexOf('(');
    int colsEnd = insert.indexOf(')', cols);
    List<String> columns = new ArrayList<>();
    for (String c : insert.substring(cols + 1, colsEnd).split(",")) {
      columns.add(c.strip());
    }
    int index = columns.indexOf("published_at");
    int values = insert.toLowerCase().indexOf("values", colsEnd);
    int open = insert.indexOf('(', values);
    if (index < 0 || values < 0 || open < 0) {
      return insert;
    }
    List<int[]> spans = new ArrayList<>();
    boolean quoted = false;
    int depth = 0;
    int start = open + 1;
    int end = -1;
    for (int i = open + 1; i < insert.length(); i++) {
      char c = insert.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        if (depth == 0) {
          spans.add(new int[] {start, i});
          end = i;
          break;
        }
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        spans.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (end < 0 || index >= spans.size()) {
      return insert;
    }
    int[] span = spans.get(index);
    return insert.substring(0, span[0]) + "now()" + insert.substring(span[1]);
  }

  /** A pgbench script for a read: the statements as captured. */
  static String readScript(List<String> statements) {
    StringBuilder script = new StringBuilder();
    for (String st : statements) {
      script.append(st).append(";\n");
    }
    return script.toString();
  }

  static Duration settle() {
    return Duration.ofMillis(300);
  }
}
