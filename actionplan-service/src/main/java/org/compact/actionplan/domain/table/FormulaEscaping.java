package org.compact.actionplan.domain.table;

/**
 * Against formula injection, CSV cells starting with {@code = + - @} are written with a leading
 * {@code '}; a cell that already starts with {@code '} before one of those (or another {@code '})
 * gets one too, so reading strips exactly one and every text round-trips.
 */
public final class FormulaEscaping {
  private static final String TRIGGERS = "=+-@";

  private FormulaEscaping() {}

  public static String escape(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    boolean trigger = TRIGGERS.indexOf(cell.charAt(0)) >= 0;
    boolean quotedTrigger =
        cell.charAt(0) == '\''
            && cell.length() > 1
            && (TRIGGERS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'');
    return trigger || quotedTrigger ? "'" + cell : cell;
  }

  public static String unescape(String cell) {
    if (cell != null
        && cell.length() > 1
        && cell.charAt(0) == '\''
        && (TRIGGERS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'')) {
      return cell.substring(1);
    }
    return cell;
  }
}
