package org.compact.platform.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Boolean parameters accept only {@code true} or {@code false}: JAX-RS's {@code Boolean.valueOf}
 * reads anything else (e.g. {@code ?overdue=maybe}) as false, which silently changes the answer.
 * The conversion failure becomes the platform's 400 problem.
 */
@Provider
public class StrictBooleanParams implements ParamConverterProvider {
  private static final ParamConverter<Boolean> STRICT =
      new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
          if (value == null) {
            return null;
          }
          if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
          }
          if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
          }
          throw new IllegalArgumentException("must be true or false");
        }

        @Override
        public String toString(Boolean value) {
          return value == null ? null : value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>) STRICT;
    }
    return null;
  }
}
