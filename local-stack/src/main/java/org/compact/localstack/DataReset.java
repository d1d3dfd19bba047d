package org.compact.localstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Deletes the data folder: databases, Kafka log, keys, logs. The AOT caches ({@link
 * DataLayout#aot()}) stay: they hold no data, only what the jars, JVM options and JDK determine
 * (their keys say which), and training them again would cost every reset a slow first start.
 */
final class DataReset {
  private DataReset() {}

  static void run(DataLayout layout) {
    Path dir = layout.dir();
    if (Files.notExists(dir)) {
      Console.info("Nothing to reset: %s does not exist", dir);
      return;
    }
    if (Files.notExists(layout.marker()) && !dir.getFileName().toString().equals(".data")) {
      throw new StackException(
          "Refusing to delete "
              + dir
              + ": it has no "
              + DataLayout.MARKER
              + " file, so it may not be a local-stack data folder");
    }
    try (StackLock lock = StackLock.acquire(layout)) {
      LeftoverProcesses.stop(layout);
    } catch (IOException e) {
      throw new StackException("Cannot release " + layout.lockFile() + ": " + e.getMessage(), e);
    }
    if (Files.isDirectory(layout.aot())) {
      deleteRecursively(dir, Set.of(layout.aot(), layout.marker()));
      Console.info(
          "Deleted the content of %s (databases, Kafka data, dev keys, logs); kept the AOT caches"
              + " in %s",
          dir, layout.aot());
    } else {
      deleteRecursively(dir, Set.of());
      Console.info("Deleted %s (databases, Kafka data, dev keys, logs)", dir);
    }
  }

  /** Deletes {@code dir} except the paths in {@code keep} (and the folders holding them). */
  private static void deleteRecursively(Path dir, Set<Path> keep) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              return keep.contains(folder)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              if (!keep.contains(file)) {
                Files.delete(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure)
                throws IOException {
              if (failure != null) {
                throw failure;
              }
              if (keep.stream().noneMatch(kept -> kept.startsWith(folder))) {
                Files.delete(folder);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new StackException("Cannot delete " + dir + ": " + e, e);
    }
  }
}
