package org.compact.actionplan.domain.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The raw seed files, copied unchanged into the test resources. */
public final class SeedFiles {
  public static final String SEED_000 = "seeds/000_47e744ad3ef9890d.txt";
  public static final String SEED_004 = "seeds/004_4c001808328e2e20.txt";

  private SeedFiles() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
