package org.compact.actionplan.domain.table;

import java.util.Locale;
import java.util.Optional;

/** File formats of plan tables, with their media types. */
public enum TableFormat {
  CSV("text/csv", "csv"),
  TSV("text/tab-separated-values", "tsv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  public static final String CSV_TYPE = "text/csv";
  public static final String TSV_TYPE = "text/tab-separated-values";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  TableFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** "csv", "TSV", "xlsx" or a media type (parameters ignored); text/plain is read as TSV. */
  public static Optional<TableFormat> of(String nameOrMediaType) {
    if (nameOrMediaType == null || nameOrMediaType.isBlank()) {
      return Optional.empty();
    }
    String key = nameOrMediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (format.extension.equals(key) || format.mediaType.equals(key)) {
        return Optional.of(format);
      }
    }
    if (key.equals("text/plain")) {
      return Optional.of(TSV);
    }
    return Optional.empty();
  }
}
