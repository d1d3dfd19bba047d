import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compact.contracts.EventCodec;
import org.compact.contracts.EventEnvelope;
import org.compact.contracts.EventPayload;
import org.compact.contracts.EventType;
import org.compact.contracts.Topics;
import org.compact.contracts.actionplan.ActionCreated;
import org.compact.contracts.actionplan.ActionProgressRecorded;
import org.compact.contracts.actionplan.ActionStatus;
import org.compact.contracts.actionplan.Priority;
import org.compact.contracts.consultation.ConsultationDetails;
import org.compact.contracts.consultation.ConsultationScheduled;
import org.compact.contracts.consultation.LeadIn;
import org.compact.contracts.dispute.DisputeOpened;
import org.compact.contracts.dispute.DisputeStageAdvanced;
import org.compact.contracts.dispute.PartyRef;
import org.compact.contracts.dispute.PartyRole;
import org.compact.contracts.signatory.SignatoryRegistered;
import org.compact.contracts.signatory.SignatorySigned;
import org.compact.reporting.domain.FactDates;

/**
 * Stage 4: replay. Produces N valid events (event-contracts records through EventCodec) to the
 * four topics, then measures (a) a baseline that consumes every topic from the beginning and
 * inserts the same rows (processed_event, report_fact, consumer_position) with plain batched JDBC, one
 * transaction per poll, into a copy of the reporting schema; (b) reporting-service's own rebuild
 * (POST /admin/read-model/rebuild, polled through GET /admin/read-model). The other consumers
 * (signatory-service, dispute-service) are paused with SIGSTOP meanwhile, and reporting-service too
 * while the baseline runs, so each measurement has the machine to itself.
 */
final class Replay {
  private Replay() {}

  /** Records of the baseline whose event id had been seen already. */
  private static long duplicates;

  static void run(Ctx ctx) throws Exception {
    int events = Integer.parseInt(System.getenv().getOrDefault("BENCH_REPLAY_EVENTS", ctx.quick ? "100000" : "1000000"));
    List<Long> paused = new ArrayList<>();
    long reporting = ctx.servicePid("reporting");
    try {
      for (String s : List.of("signatory", "dispute", "reporting")) {
        long pid = ctx.servicePid(s);
        signal(pid, "STOP");
        paused.add(pid);
      }
      double produceRate = produce(ctx, events);
      Map<TopicPartition, Long> ends = endOffsets(ctx);
      long total = ends.values().stream().mapToLong(Long::longValue).sum();
      ctx.results.info("replay", "events produced to the 4 topics", events, "events",
          Tools.fmt(produceRate) + " events/s produced; " + total + " records in the topics in all");
      double baseline = baseline(ctx, ends, total);
      signal(reporting, "CONT");
      paused.remove(reporting);
      double service = rebuild(ctx, total);
      ctx.results.info("replay", "baseline: plain batched JDBC consumer", baseline, "events/s",
          "one transaction per poll (max 2000 records), executeBatch; %d duplicate event ids in the topics skipped".formatted(duplicates));
      ctx.results.vsReference("replay", "reporting rebuild", service, "events/s", baseline, "baseline", 0.5,
          total + " records replayed");
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("events_produced", events);
      d.put("records_in_topics", total);
      d.put("produce_events_per_second", produceRate);
      d.put("baseline_events_per_second", baseline);
      d.put("duplicate_event_ids_in_topics", duplicates);
      d.put("rebuild_events_per_second", service);
      ctx.results.detail("replay", d);
    } finally {
      for (long pid : paused) {
        signal(pid, "CONT");
      }
    }
  }

  static void signal(long pid, String signal) {
    Tools.run(List.of("kill", "-" + signal, Long.toString(pid)), Duration.ofSeconds(10));
  }

  // --- producing ---------------------------------------------------------------------------------

  private static double produce(Ctx ctx, int events) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ctx.kafka);
    props.put(ProducerConfig.ACKS_CONFIG, "1");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    LocalDate yearStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(6);
    long t0 = System.nanoTime();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < events; i++) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate day = yearStart.plusDays(r.nextInt(180));
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        EventType type;
        EventPayload payload;
        switch (i % 8) {
          case 0 -> {
            type = EventType.SIGNATORY_REGISTERED;
            payload = new SignatoryRegistered(id, "Replay organisation " + i, "VCS", "charity", "Area", "PROSPECT", day, List.of());
          }
          case 1 -> {
            type = EventType.SIGNATORY_SIGNED;
            payload = new SignatorySigned(id, "Replay organisation " + i, "VCS", "charity", day, List.of("Consultation"));
          }
          case 2 -> {
            type = EventType.ACTION_CREATED;
            payload = new ActionCreated(id, other, Priority.HIGH, ActionStatus.NOT_STARTED, "March 2027", day.plusMonths(6), List.of(), day);
          }
          case 3 -> {
            type = EventType.ACTION_PROGRESS_RECORDED;
            payload = new ActionProgressRecorded(id, other, UUID.randomUUID(), day, ActionStatus.IN_PROGRESS);
          }
          case 4, 5 -> {
            type = EventType.CONSULTATION_SCHEDULED;
            payload = new ConsultationScheduled(id, other, "PLANNED",
                new ConsultationDetails("Replay consultation " + i, List.of("RESIDENTS"), List.of("SURVEY"), true, true, day, day.plusDays(90), null),
                new LeadIn(90, 84, true, null), day);
          }
          case 6 -> {
            type = EventType.DISPUTE_OPENED;
            payload = new DisputeOpened(id, "LOCAL", "STAGE_1",
                List.of(new PartyRef(other, PartyRole.values()[0], "VCS"), new PartyRef(UUID.randomUUID(), PartyRole.values()[PartyRole.values().length - 1], "PUBLIC")),
                List.of("Consultation"), true, day);
          }
          default -> {
            type = EventType.DISPUTE_STAGE_ADVANCED;
            payload = new DisputeStageAdvanced(id, "STAGE_1", "STAGE_2", day, day);
          }
        }
        EventEnvelope envelope = EventCodec.envelope(type, 1, at, payload);
        producer.send(new ProducerRecord<>(type.topic(), payload.aggregateId(), EventCodec.write(envelope)));
      }
      producer.flush();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Ctx.log("replay: produced %d events in %.1f s", events, seconds);
    return events / seconds;
  }

  private static Properties consumerProps(Ctx ctx) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ctx.kafka);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return props;
  }

  private static Map<TopicPartition, Long> endOffsets(Ctx ctx) {
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProps(ctx))) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : Topics.ALL) {
        for (PartitionInfo p : c.partitionsFor(topic, Duration.ofSeconds(10))) {
          partitions.add(new TopicPartition(topic, p.partition()));
        }
      }
      return new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(10)));
    }
  }

  // --- baseline ----------------------------------------------------------------------------------

  private static double baseline(Ctx ctx, Map<TopicPartition, Long> ends, long total) throws Exception {
    Tools.psql(ctx, "postgres", "DROP DATABASE IF EXISTS bench_baseline");
    Tools.psql(ctx, "postgres", "CREATE DATABASE bench_baseline OWNER compact");
    // the reporting schema: the same Flyway migrations the service runs (pg_dump 15 refuses a
    // PostgreSQL 17 server)
    List<java.nio.file.Path> migrations = new ArrayList<>();
    try (var files = java.nio.file.Files.list(ctx.root.resolve("platform-lib/src/main/resources/db/platform"))) {
      files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().forEach(migrations::add);
    }
    try (var files = java.nio.file.Files.list(ctx.root.resolve("reporting-service/src/main/resources/db/migration"))) {
      files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
          .forEach(migrations::add);
    }
    for (java.nio.file.Path migration : migrations) {
      Tools.Run applied = Tools.run(List.of("psql", "-q", "-h", "localhost", "-p", Integer.toString(ctx.pgPort), "-U", "compact",
          "-d", "bench_baseline", "-v", "ON_ERROR_STOP=1", "-f", migration.toString()), Duration.ofMinutes(2), Map.of("PGPASSWORD", "compact"));
      if (applied.exit() != 0) {
        throw new IllegalStateException("cannot create the baseline schema from " + migration + ": " + applied.stderr());
      }
    }
    Map<TopicPartition, Long> remaining = new HashMap<>(ends);
    remaining.values().removeIf(v -> v == 0);
    long consumed = 0;
    duplicates = 0;
    long t0 = System.nanoTime();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(ctx));
        Connection db = DriverManager.getConnection(ctx.jdbc("bench_baseline"), "compact", "compact")) {
      db.setAutoCommit(false);
      consumer.assign(ends.keySet());
      consumer.seekToBeginning(ends.keySet());
      PreparedStatement processed = db.prepareStatement(
          "insert into processed_event (consumer, event_id, event_type, processed_at) values (?, ?, ?, ?)"
              + " on conflict do nothing");
      PreparedStatement fact = db.prepareStatement(
          "insert into report_fact (event_id, topic, event_type, schema_version, aggregate_type, aggregate_id,"
              + " aggregate_version, occurred_at, business_date, payload, applied_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement offset = db.prepareStatement(
          "insert into consumer_position (consumer, topic, partition, next_offset)"
              + " values ('reporting-read-model', ?, ?, ?)"
              + " on conflict (consumer, topic, partition) do update set next_offset = excluded.next_offset");
      while (!remaining.isEmpty() && System.nanoTime() - t0 < Duration.ofMinutes(30).toNanos()) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, Long> next = new HashMap<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        List<EventEnvelope> envelopes = new ArrayList<>(records.count());
        List<ConsumerRecord<String, String>> kept = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
          EventEnvelope envelope = EventCodec.read(record.value());
          processed.setString(1, "reporting-read-model");
          processed.setObject(2, envelope.eventId());
          processed.setString(3, envelope.type());
          processed.setTimestamp(4, now);
          processed.addBatch();
          envelopes.add(envelope);
          kept.add(record);
          next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        // like the service: an event id seen before (the relays deliver at least once) is skipped
        int[] inserted = records.isEmpty() ? new int[0] : processed.executeBatch();
        for (int i = 0; i < kept.size(); i++) {
          if (inserted[i] == 0) {
            duplicates++;
            continue;
          }
          ConsumerRecord<String, String> record = kept.get(i);
          EventEnvelope envelope = envelopes.get(i);
          EventType type = EventType.fromType(envelope.type()).orElseThrow();
          EventPayload payload = EventCodec.payload(envelope).orElseThrow();
          fact.setObject(1, envelope.eventId());
          fact.setString(2, record.topic());
          fact.setString(3, type.type());
          fact.setInt(4, envelope.schemaVersion());
          fact.setString(5, type.aggregateType());
          fact.setString(6, envelope.aggregateId());
          fact.setLong(7, envelope.aggregateVersion());
          fact.setObject(8, envelope.occurredAt().atOffset(ZoneOffset.UTC));
          fact.setObject(9, FactDates.businessDate(payload, envelope.occurredAt()));
          fact.setString(10, EventCodec.mapper().valueToTree(payload).toString());
          fact.setTimestamp(11, now);
          fact.addBatch();
        }
        if (records.isEmpty()) {
          continue;
        }
        fact.executeBatch();
        for (Map.Entry<TopicPartition, Long> e : next.entrySet()) {
          offset.setString(1, e.getKey().topic());
          offset.setInt(2, e.getKey().partition());
          offset.setLong(3, e.getValue());
          offset.addBatch();
        }
        offset.executeBatch();
        db.commit();
        consumed += records.count();
        next.forEach((tp, o) -> {
          if (o >= remaining.getOrDefault(tp, Long.MAX_VALUE)) {
            remaining.remove(tp);
          }
        });
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!remaining.isEmpty()) {
      throw new IllegalStateException("baseline did not reach the end of " + remaining.keySet());
    }
    Ctx.log("replay: baseline consumed %d records in %.1f s (%d duplicate event ids skipped)", consumed, seconds, duplicates);
    return consumed / seconds;
  }

  // --- the service's rebuild ---------------------------------------------------------------------

  private static double rebuild(Ctx ctx, long total) throws Exception {
    String admin = ctx.admin();
    // the consumer resumes where it was; wait until it answers before asking for the rebuild
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (ctx.send("GET", ctx.url("reporting", "/admin/read-model"), admin, null).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("reporting-service does not answer after SIGCONT");
      }
      Thread.sleep(200);
    }
    long t0 = System.nanoTime();
    var started = ctx.send("POST", ctx.url("reporting", "/admin/read-model/rebuild"), admin, null);
    if (started.statusCode() != 202) {
      throw new IllegalStateException("rebuild -> " + started.statusCode() + " " + Ctx.abbreviate(started.body()));
    }
    Duration timeout = Duration.ofMinutes(ctx.quick ? 15 : 60);
    long lastLog = System.nanoTime();
    JsonNode state;
    while (true) {
      Thread.sleep(500);
      state = Seed.JSON.readTree(ctx.ok("GET", ctx.url("reporting", "/admin/read-model"), admin, null).body());
      if (!state.path("rebuilding").asBoolean() && !state.path("rebuildFinishedAt").isMissingNode()
          && !state.path("rebuildFinishedAt").isNull()) {
        break;
      }
      if (System.nanoTime() - t0 > timeout.toNanos()) {
        throw new IllegalStateException("rebuild not finished after " + timeout + ": " + state);
      }
      if (System.nanoTime() - lastLog > 30_000_000_000L) {
        lastLog = System.nanoTime();
        Ctx.log("replay: rebuilding, %s facts so far", Tools.psql(ctx, "reporting", "select count(*) from report_fact"));
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    Instant from = Instant.parse(state.path("rebuildStartedAt").asText());
    Instant to = Instant.parse(state.path("rebuildFinishedAt").asText());
    double seconds = Duration.between(from, to).toMillis() / 1000.0;
    long facts = Long.parseLong(Tools.psql(ctx, "reporting", "select count(*) from report_fact"));
    Ctx.log("replay: rebuild took %.1f s by the service's clock (%.1f s polled), %d facts for %d records", seconds, wall, facts, total);
    return total / seconds;
  }
}
