package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service's AOT cache is used, trained again, or left alone after a failed training. */
class AotCacheTest {
  private static final List<String> OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC");
  private static final String JDK = "Vendor 25.0.3+9 amd64 /jdk";
  private static final ServiceDefinition SIGNATORY = ServiceDefinition.named("signatory").get();

  @TempDir Path root;
  Path aotFolder;
  Path jar;

  @BeforeEach
  void aBuiltService() throws IOException {
    aotFolder = root.resolve(".data/aot");
    jar = SIGNATORY.jar(root);
    Files.createDirectories(jar.getParent().resolve("lib/main"));
    Files.writeString(jar, "jar v1");
    Files.writeString(jar.getParent().resolve("lib/main/library.jar"), "library");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-23T10:00:00Z")));
  }

  private AotCache cache(List<String> options, String jdk) {
    return new AotCache(SIGNATORY.name(), aotFolder, AotCache.key(jar.getParent(), options, jdk));
  }

  private static void train(AotCache cache) throws IOException {
    cache.prepareTraining();
    Files.writeString(cache.trainingOutput(), "cache bytes");
    cache.accept();
  }

  @Test
  void aTrainedCacheIsFreshForTheSameJarsOptionsAndJdkOnly() throws IOException {
    AotCache trained = cache(OPTIONS, JDK);
    assertThat(trained.state()).isEqualTo(AotCache.State.MISSING);
    train(trained);

    assertThat(cache(OPTIONS, JDK).state()).isEqualTo(AotCache.State.FRESH);
    assertThat(cache(OPTIONS, JDK).runOptions())
        .containsExactly("-XX:AOTCache=" + aotFolder.resolve("signatory.aot"));
    assertThat(cache(List.of("-Xmx192m", "-XX:+UseG1GC"), JDK).state())
        .as("other GC")
        .isEqualTo(AotCache.State.STALE);
    assertThat(cache(OPTIONS, "Vendor 25.0.4+1 amd64 /jdk").state())
        .as("other JDK")
        .isEqualTo(AotCache.State.STALE);
  }

  @Test
  void aRebuiltJarMakesTheCacheStale() throws IOException {
    train(cache(OPTIONS, JDK));

    // same size, only the modification time differs: JDK 25 would run the old classes
    Files.writeString(jar, "jar v2");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-23T11:00:00Z")));
    assertThat(cache(OPTIONS, JDK).state()).isEqualTo(AotCache.State.STALE);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-23T10:00:00Z")));
    assertThat(cache(OPTIONS, JDK).state()).as("control").isEqualTo(AotCache.State.FRESH);

    Files.writeString(jar.getParent().resolve("lib/main/another.jar"), "new dependency");
    assertThat(cache(OPTIONS, JDK).state()).isEqualTo(AotCache.State.STALE);
  }

  @Test
  void aFailedTrainingIsRememberedUntilSomethingChanges() throws IOException {
    AotCache cache = cache(OPTIONS, JDK);
    cache.prepareTraining();
    Files.writeString(cache.trainingOutput(), "partial");

    cache.recordFailure("not ready within 180s");

    assertThat(cache(OPTIONS, JDK).state()).isEqualTo(AotCache.State.FAILED);
    assertThat(cache(OPTIONS, JDK).failureReason()).isEqualTo("not ready within 180s");
    assertThat(cache.trainingOutput()).doesNotExist();
    assertThat(cache.file()).doesNotExist();
    assertThat(cache(List.of("-Xmx256m", "-XX:+UseSerialGC"), JDK).state())
        .as("other options: worth another training")
        .isEqualTo(AotCache.State.STALE);
  }

  @Test
  void aKeyWithoutItsCacheFileMeansTrainingAgain() throws IOException {
    AotCache cache = cache(OPTIONS, JDK);
    train(cache);
    Files.delete(cache.file());

    assertThat(cache.state()).isEqualTo(AotCache.State.MISSING);

    train(cache);
    cache.discard();
    assertThat(cache.state()).isEqualTo(AotCache.State.MISSING);
    assertThat(cache.keyFile()).doesNotExist();
  }

  @Test
  void trainingStartsFromNothingLeftByAnInterruptedRun() throws IOException {
    AotCache cache = cache(OPTIONS, JDK);
    Files.createDirectories(aotFolder);
    Files.writeString(cache.trainingOutput(), "half written");
    Path jvmConfig = cache.trainingOutput().resolveSibling("signatory.aot.training.config");
    Files.writeString(jvmConfig, "recorded classes");
    Files.writeString(aotFolder.resolve("reporting.aot"), "another service's cache");

    cache.prepareTraining();

    assertThat(cache.trainingOutput()).doesNotExist();
    assertThat(jvmConfig).doesNotExist();
    assertThat(cache.trainingProducedOutput()).isFalse();
    assertThat(aotFolder.resolve("reporting.aot")).exists();
    assertThat(cache.trainingOptions())
        .containsExactly("-XX:AOTCacheOutput=" + cache.trainingOutput());
  }

  @Test
  void resetDeletesTheDataButKeepsTheAotCaches() throws IOException {
    DataLayout layout = new DataLayout(root.resolve(".data"));
    layout.create();
    Files.writeString(layout.logs().resolve("signatory.log"), "log");
    Files.createDirectories(layout.postgres());
    Files.writeString(layout.postgres().resolve("PG_VERSION"), "17");
    train(cache(OPTIONS, JDK));

    DataReset.run(layout);

    assertThat(layout.logs()).doesNotExist();
    assertThat(layout.postgres()).doesNotExist();
    assertThat(layout.keys()).doesNotExist();
    assertThat(layout.run()).doesNotExist();
    assertThat(cache(OPTIONS, JDK).state()).isEqualTo(AotCache.State.FRESH);

    Files.delete(cache(OPTIONS, JDK).file());
    Files.delete(cache(OPTIONS, JDK).keyFile());
    Files.delete(layout.aot());
    DataReset.run(layout);
    assertThat(layout.dir()).as("without caches the whole folder goes").doesNotExist();
  }
}
