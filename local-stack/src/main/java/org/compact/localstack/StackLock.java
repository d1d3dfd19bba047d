package org.compact.localstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data folder, held as long as a stack runs on it. The operating system
 * releases it when the JVM dies, however it dies, so a stale lock cannot block the next start.
 */
final class StackLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StackLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static StackLock acquire(DataLayout layout) {
    Path file = layout.lockFile();
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String owner = Files.readString(file).trim();
        channel.close();
        throw new StackException(
            "A local stack is already running on "
                + layout.dir()
                + (owner.isEmpty() ? "" : " (pid " + owner + ")")
                + ". Stop it first: Ctrl-C in its terminal, or kill -INT "
                + (owner.isEmpty() ? "<pid>" : owner)
                + ".");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
      channel.force(false);
      return new StackLock(channel, lock);
    } catch (IOException e) {
      throw new StackException("Cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
