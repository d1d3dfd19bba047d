package org.compact.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {
  @Test
  void singleNodeKraftConfigurationListensOnLoopbackOnly() throws Exception {
    KafkaBroker.Settings settings =
        new KafkaBroker.Settings("127.0.0.1", "localhost", 19092, 19093, List.of(), "");
    Properties config = new Properties();
    config.load(
        new StringReader(KafkaBroker.serverProperties(settings, new DataLayout(Path.of("/data")))));

    assertThat(config.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(config.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:19093");
    assertThat(config.getProperty("listeners"))
        .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    assertThat(config.getProperty("log.dirs")).isEqualTo("/data/kafka/data");
    assertThat(config.getProperty("auto.create.topics.enable")).isEqualTo("false");
    assertThat(config.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    assertThat(config.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
  }
}
