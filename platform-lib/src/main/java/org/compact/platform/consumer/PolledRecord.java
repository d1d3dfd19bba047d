package org.compact.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compact.contracts.MalformedEventException;

/**
 * One record of a poll, decoded outside any transaction: the event, or (when it is not one) why, to
 * be dead-lettered.
 */
public record PolledRecord(
    ConsumerRecord<String, String> record, ConsumedEvent event, String malformed) {

  public static PolledRecord of(ConsumerRecord<String, String> record) {
    try {
      return new PolledRecord(record, ConsumedEvent.of(record), null);
    } catch (MalformedEventException e) {
      return new PolledRecord(record, null, e.getMessage());
    }
  }

  public boolean isEvent() {
    return event != null;
  }
}
