package org.compact.systemtests.hostile;

/** JSON literals written by hand, so lone surrogates and NULs reach the server exactly. */
final class JsonText {
  private JsonText() {}

  /** A JSON string literal with every non-ASCII or control character as a \\u escape. */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
