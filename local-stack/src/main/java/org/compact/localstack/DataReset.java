package org.compact.localstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes the data folder: databases, Kafka log, keys, logs. */
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
    deleteRecursively(dir);
    Console.info("Deleted %s (databases, Kafka data, dev keys, logs)", dir);
  }

  private static void deleteRecursively(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure)
                throws IOException {
              if (failure != null) {
                throw failure;
              }
              Files.delete(folder);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new StackException("Cannot delete " + dir + ": " + e, e);
    }
  }
}
