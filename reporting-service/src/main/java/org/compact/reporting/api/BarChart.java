package org.compact.reporting.api;

import java.util.List;

/**
 * A grouped bar chart as inline SVG (no script, no external assets): per category one bar for the
 * year and one for the previous year, each labelled with its number.
 */
public final class BarChart {
  private static final int BAR = 18;
  private static final int GAP = 14;
  private static final int HEIGHT = 160;
  private static final int TOP = 24;
  private static final int BOTTOM = 56;

  /** One category: its label and the two values. */
  public record Bar(String label, long value, long previousValue) {}

  private BarChart() {}

  public static String svg(String title, String yearLabel, String previousLabel, List<Bar> bars) {
    long max = bars.stream().mapToLong(b -> Math.max(b.value(), b.previousValue())).max().orElse(0);
    long scaleMax = Math.max(1, max);
    int longestLabel = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
    int groupWidth = Math.max(2 * BAR + GAP, longestLabel * 6 + 10);
    int width = Math.max(320, 40 + bars.size() * groupWidth + 20);
    int total = TOP + HEIGHT + BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(total)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(total)
        .append("\"><title>")
        .append(escape(title))
        .append("</title>");
    svg.append("<line x1=\"30\" y1=\"")
        .append(TOP + HEIGHT)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(TOP + HEIGHT)
        .append("\" stroke=\"#333\"/>");
    int x = 40;
    for (Bar bar : bars) {
      rect(svg, x, bar.value(), scaleMax, "#1f5f8b", yearLabel + " " + bar.label());
      rect(
          svg,
          x + BAR,
          bar.previousValue(),
          scaleMax,
          "#9fc5e8",
          previousLabel + " " + bar.label());
      svg.append("<text x=\"")
          .append(x + BAR)
          .append("\" y=\"")
          .append(TOP + HEIGHT + 16)
          .append("\" font-size=\"10\" text-anchor=\"middle\">")
          .append(escape(bar.label()))
          .append("</text>");
      x += groupWidth;
    }
    svg.append("<rect x=\"40\" y=\"")
        .append(total - 18)
        .append("\" width=\"10\" height=\"10\" fill=\"#1f5f8b\"/><text x=\"54\" y=\"")
        .append(total - 9)
        .append("\" font-size=\"10\">")
        .append(escape(yearLabel))
        .append("</text><rect x=\"120\" y=\"")
        .append(total - 18)
        .append("\" width=\"10\" height=\"10\" fill=\"#9fc5e8\"/><text x=\"134\" y=\"")
        .append(total - 9)
        .append("\" font-size=\"10\">")
        .append(escape(previousLabel))
        .append("</text></svg>");
    return svg.toString();
  }

  private static void rect(
      StringBuilder svg, int x, long value, long scaleMax, String fill, String label) {
    int h = (int) Math.round((double) HEIGHT * value / scaleMax);
    int y = TOP + HEIGHT - h;
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(BAR - 2)
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"")
        .append(fill)
        .append("\"><title>")
        .append(escape(label))
        .append(": ")
        .append(value)
        .append("</title></rect><text x=\"")
        .append(x + (BAR - 2) / 2)
        .append("\" y=\"")
        .append(y - 3)
        .append("\" font-size=\"9\" text-anchor=\"middle\">")
        .append(value)
        .append("</text>");
  }

  static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
