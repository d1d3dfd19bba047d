package org.compact.platform.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.compact.platform.config.OpenDataConfig;

/**
 * Conditional GET for open-data downloads: the ETag is a hash of the content (weak for JSON, whose
 * generated_at differs between identical downloads), If-None-Match naming it answers 304 without a
 * body, and every answer carries Cache-Control and the licence as a Link header.
 */
public final class OpenDataResponses {
  private OpenDataResponses() {}

  /** A hex SHA-256 prefix of {@code content}, long enough to never collide in practice. */
  public static String hash(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static String hash(String content) {
    return hash(content.getBytes(StandardCharsets.UTF_8));
  }

  /** The hash of {@code parts} serialised as one JSON array. */
  public static String hashOfJson(ObjectMapper json, Object... parts) {
    try {
      return hash(json.writeValueAsBytes(parts));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("open data is always serialisable", e);
    }
  }

  /**
   * Where the stable dataset URLs start: the configured public base URL, else the request's,
   * without a trailing slash.
   */
  public static String baseUrl(OpenDataConfig config, UriInfo uriInfo) {
    String base = config.baseUrl().orElse(uriInfo.getBaseUri().toString());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * The Link header of a download: its licence, the catalogue and the same data in the other
   * format.
   */
  public static List<String> links(
      Object licenceUrl, String base, String alternateFile, String alternateType) {
    return List.of(
        link(licenceUrl, "license", null),
        link(base + "/open-data", "describedby", MediaType.APPLICATION_JSON),
        link(base + "/open-data/" + alternateFile, "alternate", alternateType));
  }

  /**
   * 304 when {@code If-None-Match} names {@code etag} (weak comparison, RFC 9110 13.1.2) or is
   * {@code *}; else 200 with {@code body}. Both carry ETag, Cache-Control and {@code links}.
   */
  public static Response conditional(
      HttpHeaders headers,
      String etag,
      Object body,
      String mediaType,
      int maxAgeSeconds,
      List<String> links) {
    Response.ResponseBuilder response =
        matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)
            ? Response.notModified()
            : Response.ok(body, mediaType);
    response.header(HttpHeaders.ETAG, etag);
    response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
    response.header("Link", String.join(", ", links));
    return response.build();
  }

  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String current = opaque(etag);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(current));
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  public static String link(Object target, String rel, String type) {
    return "<"
        + target
        + ">; rel=\""
        + rel
        + "\""
        + (type == null ? "" : "; type=\"" + type + "\"");
  }
}
