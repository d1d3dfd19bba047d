package org.compact.signatory.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org-id.guide registers an organisation may be identified in, each with its own format. {@link
 * #normalise} turns what a person typed (spaces, lower case, a missing prefix, the scheme repeated
 * in front) into the register's canonical form, or empty when it cannot be an identifier there.
 */
public enum IdentifierScheme {
  /** Charity Commission for England and Wales: a registered charity number, 6 or 7 digits. */
  GB_CHC("GB-CHC", "a registered charity number of 6 or 7 digits, e.g. 1123456") {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, DIGITS_6_7);
    }
  },
  /** Office of the Scottish Charity Regulator: SC followed by 6 digits. */
  GB_SC("GB-SC", "SC followed by 6 digits, e.g. SC012345") {
    @Override
    Optional<String> canonical(String raw) {
      String digits = raw.startsWith("SC") ? raw.substring(2) : raw;
      return matching(digits, DIGITS_6).map(d -> "SC" + d);
    }
  },
  /** Charity Commission for Northern Ireland: a 6-digit number (the NIC prefix is dropped). */
  GB_NIC("GB-NIC", "a 6-digit charity number, e.g. 100012 (NIC100012 is accepted)") {
    @Override
    Optional<String> canonical(String raw) {
      String digits = raw.startsWith("NIC") ? raw.substring(3) : raw;
      return matching(digits, DIGITS_6);
    }
  },
  /**
   * Companies House: always 8 characters. Numbers of England and Wales are padded with leading
   * zeros; prefixed numbers (SC Scotland, NI Northern Ireland, OC limited liability partnership, …)
   * keep the prefix and pad the digits to 6; old Northern Ireland numbers are R plus 7 digits.
   */
  GB_COH("GB-COH", "a company number: up to 8 digits, or a prefix such as SC, NI, OC + 6 digits") {
    @Override
    Optional<String> canonical(String raw) {
      if (DIGITS_1_8.matcher(raw).matches()) {
        return Optional.of("0".repeat(8 - raw.length()) + raw);
      }
      Matcher prefixed = PREFIXED_COMPANY.matcher(raw);
      if (prefixed.matches() && COMPANY_PREFIXES.contains(prefixed.group(1))) {
        String digits = prefixed.group(2);
        return Optional.of(prefixed.group(1) + "0".repeat(6 - digits.length()) + digits);
      }
      Matcher oldNorthernIreland = OLD_NI_COMPANY.matcher(raw);
      if (oldNorthernIreland.matches()) {
        String digits = oldNorthernIreland.group(1);
        return Optional.of("R" + "0".repeat(7 - digits.length()) + digits);
      }
      return Optional.empty();
    }
  },
  /** Local authorities in England (register code, e.g. STF for Stafford). */
  GB_LAE("GB-LAE", IdentifierScheme.LOCAL_AUTHORITY_FORMAT) {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, LOCAL_AUTHORITY_CODE);
    }
  },
  /** Local authorities in Scotland. */
  GB_LAS("GB-LAS", IdentifierScheme.LOCAL_AUTHORITY_FORMAT) {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, LOCAL_AUTHORITY_CODE);
    }
  },
  /** Local authorities in Wales. */
  GB_LAW("GB-LAW", IdentifierScheme.LOCAL_AUTHORITY_FORMAT) {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, LOCAL_AUTHORITY_CODE);
    }
  },
  /** Local authorities in Northern Ireland. */
  GB_LANI("GB-LANI", IdentifierScheme.LOCAL_AUTHORITY_FORMAT) {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, LOCAL_AUTHORITY_CODE);
    }
  },
  /** NHS Organisation Data Service code: 3 to 6 letters and digits with at least one letter. */
  GB_NHS("GB-NHS", "an NHS ODS code of 3 to 6 letters and digits, e.g. RJE or 05G") {
    @Override
    Optional<String> canonical(String raw) {
      return matching(raw, NHS_ODS_CODE);
    }
  };

  private static final String LOCAL_AUTHORITY_FORMAT =
      "a local authority register code of 3 or 4 letters, e.g. STF";
  private static final Pattern DIGITS_6 = Pattern.compile("\\d{6}");
  private static final Pattern DIGITS_6_7 = Pattern.compile("\\d{6,7}");
  private static final Pattern DIGITS_1_8 = Pattern.compile("\\d{1,8}");
  private static final Pattern PREFIXED_COMPANY = Pattern.compile("([A-Z]{2})(\\d{1,6})");
  private static final Pattern OLD_NI_COMPANY = Pattern.compile("R(\\d{1,7})");
  private static final Pattern LOCAL_AUTHORITY_CODE = Pattern.compile("[A-Z]{3,4}");
  private static final Pattern NHS_ODS_CODE = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{3,6}");

  /** Companies House prefixes other than plain digits (England and Wales companies). */
  static final Set<String> COMPANY_PREFIXES =
      Set.of(
          "SC", // Scotland
          "NI", // Northern Ireland
          "OC", // limited liability partnership, England and Wales
          "SO", // LLP, Scotland
          "NC", // LLP, Northern Ireland
          "LP", // limited partnership, England and Wales
          "SL", // limited partnership, Scotland
          "NL", // limited partnership, Northern Ireland
          "FC", // overseas company
          "SF", // overseas company, Scotland
          "NF", // overseas company, Northern Ireland
          "RC", // royal charter, England and Wales
          "SR", // royal charter, Scotland
          "NR", // royal charter, Northern Ireland
          "IP", // industrial and provident society, England and Wales
          "SP", // industrial and provident society, Scotland
          "NP", // industrial and provident society, Northern Ireland
          "RS", // registered society
          "CE", // charitable incorporated organisation, England and Wales
          "CS", // charitable incorporated organisation, Scotland
          "GE", // European economic interest grouping
          "SE"); // Societas Europaea

  private final String code;
  private final String expectedFormat;

  IdentifierScheme(String code, String expectedFormat) {
    this.code = code;
    this.expectedFormat = expectedFormat;
  }

  /** The org-id.guide list code, e.g. {@code GB-CHC}. */
  public String code() {
    return code;
  }

  /** What a valid identifier of this scheme looks like, for error messages. */
  public String expectedFormat() {
    return expectedFormat;
  }

  /**
   * The canonical identifier, or empty when {@code raw} is not a valid identifier of this scheme.
   * Spaces, dots and dashes inside the value and a leading repeat of the scheme code are ignored.
   */
  public Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.trim().toUpperCase(Locale.ROOT);
    if (value.startsWith(code + "-")) {
      value = value.substring(code.length() + 1);
    }
    value = value.replaceAll("[\\s.\\-/]", "");
    return value.isEmpty() ? Optional.empty() : canonical(value);
  }

  abstract Optional<String> canonical(String compact);

  public static Optional<IdentifierScheme> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
  }

  public static java.util.List<String> codes() {
    return Arrays.stream(values()).map(IdentifierScheme::code).toList();
  }

  private static Optional<String> matching(String value, Pattern pattern) {
    return pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
  }
}
