package org.compact.systemtests.matrix;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The running system the authorisation matrix and the hostile-input tests talk to: the services'
 * base URIs, the repository (for the committed OpenAPI documents) and the services' databases (to
 * prove that a rejected request wrote nothing). Services are named like their modules without
 * {@code -service}: {@code signatory}, {@code actionplan}, …
 */
public interface Target {
  URI baseUri(String service);

  List<String> services();

  Path repositoryRoot();

  /** JDBC URL of a service's own database (named like the service). */
  String jdbcUrl(String database);

  default String databaseUser() {
    return "compact";
  }

  default String databasePassword() {
    return "compact";
  }
}
