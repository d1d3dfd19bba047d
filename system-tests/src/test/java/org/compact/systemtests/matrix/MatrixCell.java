package org.compact.systemtests.matrix;

import java.util.List;

/** One operation called by one caller, what came back, and what was wrong with it. */
public record MatrixCell(
    ApiOperation op, CallerKind caller, Call call, Reply reply, List<String> violations) {

  public boolean skipped() {
    return reply == null;
  }

  public String mark() {
    if (skipped()) {
      return "skip";
    }
    String code = reply.status() < 0 ? "ERR" : String.valueOf(reply.status());
    return violations.isEmpty() ? code : code + "!";
  }
}
