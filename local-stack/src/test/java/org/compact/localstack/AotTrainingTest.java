package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AOT cache with real JVMs (the running JDK, 25 in this project) and a stand-in
 * service jar ({@link FakeService}): a training run writes a cache the JVM can map, the next start
 * uses it, a service that fails with its cache starts without it, and a broken cache never stops a
 * start.
 */
class AotTrainingTest {
  private static final List<String> OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC", "-Xss512k");
  private static final ServiceDefinition SIGNATORY = ServiceDefinition.named("signatory").get();
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @TempDir Path root;
  DataLayout layout;
  Path requestLog;
  final ShutdownSequence shutdown = new ShutdownSequence();
  final List<ServiceProcess> started = new ArrayList<>();

  @BeforeEach
  void aServiceJar() throws IOException {
    layout = new DataLayout(root.resolve(".data"));
    layout.create();
    requestLog = root.resolve("requests.log");
    writeFakeServiceJar(SIGNATORY.jar(root));
  }

  @AfterEach
  void stopEverything() {
    shutdown.run();
    started.forEach(service -> service.child().stop(Duration.ofSeconds(20)));
  }

  @Test
  void trainingWritesACacheTheJvmMapsAndTheNextStartUsesIt() throws Exception {
    AotCache cache = AotCache.of(layout.aot(), root, SIGNATORY, OPTIONS);
    assertThat(cache.state()).isEqualTo(AotCache.State.MISSING);
    ServiceProcess trainingRun = service();

    List<AotCache> fresh =
        new AotTraining(starter("serve"), OPTIONS, () -> "training-token")
            .train(Map.of(trainingRun, cache), Deadline.after(DEADLINE), shutdown);

    assertThat(fresh).containsExactly(cache);
    assertThat(cache.state()).isEqualTo(AotCache.State.FRESH);
    assertThat(trainingRun.isRunning()).as("stopped after training").isFalse();
    assertThat(Files.readAllLines(requestLog))
        .contains("/q/metrics Bearer training-token", "/register?size=20 Bearer training-token");
    assertThat(java(cache.file(), "on")).as("the JVM maps the trained cache").isZero();

    ServiceProcess next = service();
    ServiceFleet fleet = new ServiceFleet(List.of(next));
    fleet.startAll(root, starter("serve"), OPTIONS, Map.of("signatory", cache), shutdown);
    fleet.awaitReady(Deadline.after(DEADLINE));

    assertThat(next.status()).isEqualTo(ServiceProcess.Status.READY);
    assertThat(lastCommandLine()).contains("-XX:AOTCache=" + cache.file());
    assertThat(cache.state()).isEqualTo(AotCache.State.FRESH);
  }

  @Test
  void aBrokenCacheFileNeverStopsAStart() throws Exception {
    Path garbage = root.resolve("garbage.aot");
    Files.write(garbage, new byte[64 * 1024]);

    assertThat(java(garbage, "on")).as("control: the JVM cannot map it").isNotZero();
    assertThat(java(garbage, "auto")).as("the default mode starts without it").isZero();

    AotCache cache = cacheWithContent(new byte[64 * 1024]);
    ServiceProcess service = service();
    ServiceFleet fleet = new ServiceFleet(List.of(service));
    fleet.startAll(root, starter("serve"), OPTIONS, Map.of("signatory", cache), shutdown);
    fleet.awaitReady(Deadline.after(DEADLINE));

    assertThat(service.status()).isEqualTo(ServiceProcess.Status.READY);
    assertThat(service.child().logSinceStart()).contains("AOT cache");
    assertThat(cache.state()).as("deleted, to be trained again").isEqualTo(AotCache.State.MISSING);
  }

  @Test
  void aServiceThatFailsWithItsCacheIsStartedAgainWithoutIt() throws Exception {
    AotCache cache = cacheWithContent(new byte[] {1, 2, 3});
    ServiceProcess service = service();
    ServiceFleet fleet = new ServiceFleet(List.of(service));

    fleet.startAll(
        root, starter("exit-with-aot-cache"), OPTIONS, Map.of("signatory", cache), shutdown);
    fleet.awaitReady(Deadline.after(DEADLINE));

    assertThat(service.status()).isEqualTo(ServiceProcess.Status.READY);
    assertThat(lastCommandLine()).doesNotContain("-XX:AOTCache");
    assertThat(cache.state()).as("not used again").isEqualTo(AotCache.State.FAILED);
    assertThat(cache.file()).doesNotExist();
  }

  @Test
  void aServiceThatFailsAnywayKeepsItsCache() throws Exception {
    AotCache cache = cacheWithContent(new byte[] {1, 2, 3});
    ServiceProcess service = service();
    ServiceFleet fleet = new ServiceFleet(List.of(service));

    fleet.startAll(root, starter("fail"), OPTIONS, Map.of("signatory", cache), shutdown);
    fleet.awaitReady(Deadline.after(DEADLINE));

    assertThat(service.status()).isEqualTo(ServiceProcess.Status.EXITED);
    String log = Files.readString(layout.log("signatory"));
    assertThat(log.split("===== signatory started", -1))
        .as("tried once with, once without the cache")
        .hasSize(3);
    assertThat(log).contains("-XX:AOTCache=" + cache.file());
    assertThat(lastCommandLine()).doesNotContain("-XX:AOTCache");
    assertThat(cache.state()).as("the cache is not to blame").isEqualTo(AotCache.State.FRESH);
  }

  @Test
  void aFailedTrainingIsRecordedAndNotRetriedForTheSameJar() throws Exception {
    AotCache cache = AotCache.of(layout.aot(), root, SIGNATORY, OPTIONS);

    List<AotCache> fresh =
        new AotTraining(starter("fail"), OPTIONS, () -> "token")
            .train(Map.of(service(), cache), Deadline.after(DEADLINE), shutdown);

    assertThat(fresh).isEmpty();
    assertThat(cache.state()).isEqualTo(AotCache.State.FAILED);
    assertThat(cache.failureReason()).contains("exited with code 3");
    assertThat(cache.file()).doesNotExist();
    assertThat(cache.trainingOutput()).doesNotExist();
  }

  @Test
  void trainingRunsWithoutTheCapsOnClassMetadata() {
    assertThat(
            AotTraining.trainingJvmOptions(
                List.of(
                    "-Xmx192m",
                    "-XX:+UseSerialGC",
                    "-XX:MaxMetaspaceSize=160m",
                    "-XX:CompressedClassSpaceSize=128m",
                    "-Xss512k")))
        .containsExactly("-Xmx192m", "-XX:+UseSerialGC", "-Xss512k");
  }

  // ------------------------------------------------------------------ helpers

  private ServiceProcess service() {
    ServiceProcess service = new ServiceProcess(SIGNATORY, freePort(), "127.0.0.1", true);
    started.add(service);
    return service;
  }

  private ServiceFleet.Starter starter(String mode) {
    return (service, javaOptions) ->
        service.launch(
            root,
            layout,
            javaOptions,
            Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                "FAKE_MODE", mode,
                "FAKE_REQUEST_LOG", requestLog.toString()));
  }

  /** A cache for the current key whose file holds {@code content} (as if trained). */
  private AotCache cacheWithContent(byte[] content) throws IOException {
    AotCache cache = AotCache.of(layout.aot(), root, SIGNATORY, OPTIONS);
    cache.prepareTraining();
    Files.write(cache.trainingOutput(), content);
    cache.accept();
    assertThat(cache.state()).isEqualTo(AotCache.State.FRESH);
    return cache;
  }

  /** Exit code of the fake jar run to its end with {@code cache} in {@code -XX:AOTMode=mode}. */
  private int java(Path cache, String mode) throws Exception {
    List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable()));
    command.addAll(OPTIONS);
    command.addAll(
        List.of(
            "-XX:AOTCache=" + cache,
            "-XX:AOTMode=" + mode,
            "-jar",
            SIGNATORY.jar(root).toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("java-" + mode + ".log").toFile());
    builder.environment().put("FAKE_MODE", "exit");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private String lastCommandLine() throws IOException {
    String log = Files.readString(layout.log("signatory"));
    String lastStart = log.substring(log.lastIndexOf("=====\n") + 6);
    return lastStart.lines().findFirst().orElseThrow();
  }

  private static void writeFakeServiceJar(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
    String entry = FakeService.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
