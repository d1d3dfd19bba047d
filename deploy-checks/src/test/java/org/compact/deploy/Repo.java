package org.compact.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths inside the repository, found from the module directory Maven runs the tests in. */
final class Repo {
  static final Path ROOT = locate();

  private Repo() {}

  static Path path(String first, String... more) {
    return ROOT.resolve(Path.of(first, more));
  }

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no deploy/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
