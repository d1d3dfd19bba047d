package org.compact.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class StrictBooleanParamsTest {
  private final ParamConverter<Boolean> converter =
      new StrictBooleanParams().getConverter(Boolean.class, Boolean.class, new Annotation[0]);

  @Test
  void booleanParameterAcceptsOnlyTrueOrFalse() {
    assertThat(converter.fromString("true")).isTrue();
    assertThat(converter.fromString("FALSE")).isFalse();
    for (String bad : new String[] {"maybe", "1", "yes", "", "true\u0000"}) {
      assertThatThrownBy(() -> converter.fromString(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void otherTypesKeepTheirConverters() {
    assertThat(new StrictBooleanParams().getConverter(String.class, String.class, null)).isNull();
  }
}
