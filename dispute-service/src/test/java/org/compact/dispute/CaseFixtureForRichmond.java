package org.compact.dispute;

import javax.sql.DataSource;

/** Roster and parties for a case under any procedure (the case itself is opened by the test). */
final class CaseFixtureForRichmond {
  private CaseFixtureForRichmond() {}

  static CaseFixture roster(DataSource dataSource) {
    return CaseFixture.rosterOnly(dataSource, 2025);
  }
}
