package org.compact.signatory.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.compact.contracts.EventCodec;
import org.junit.jupiter.api.Test;

class SignatoryReferencesTest {
  static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  static JsonNode json(String text) throws Exception {
    return EventCodec.mapper().readTree(text);
  }

  @Test
  void actionLeadsDisputePartiesAndConsultationOwnersAreReferences() throws Exception {
    assertThat(SignatoryReferences.in(json("{\"leadSignatoryIds\":[\"" + A + "\",\"" + B + "\"]}")))
        .containsExactly(A, B);
    assertThat(
            SignatoryReferences.in(
                json(
                    "{\"parties\":[{\"signatoryId\":\""
                        + A
                        + "\",\"role\":\"COMPLAINANT\"},{\"signatoryId\":\""
                        + A
                        + "\"}]}")))
        .containsExactly(A);
    assertThat(SignatoryReferences.in(json("{\"ownerId\":\"" + B + "\"}"))).containsExactly(B);
  }

  @Test
  void eventsWithoutSuchFieldsOrWithoutIdsReferToNobody() throws Exception {
    assertThat(SignatoryReferences.in(json("{\"planId\":\"" + A + "\"}"))).isEmpty();
    assertThat(
            SignatoryReferences.in(json("{\"ownerId\":\"not-a-uuid\",\"leadSignatoryIds\":null}")))
        .isEmpty();
    assertThat(SignatoryReferences.in(null)).isEmpty();
  }
}
