package org.compact.signatory.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Sort.Direction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.PageRequest;
import org.compact.signatory.config.SignatoryConfig;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;

/** Read side of the register: searches, the public register, counts and admin reports. */
@ApplicationScoped
public class RegisterQueries {
  public static final List<String> SORT_FIELDS = List.of("name", "signedOn", "sector", "area");

  @Inject CompactConfig compact;
  @Inject SignatoryConfig config;

  /** One page of organisations matching {@code filter}, sorted as requested (then by id). */
  public org.compact.platform.http.Page<Organisation> search(
      RegisterFilter filter, PageRequest request) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    var query =
        Organisation.<Organisation>find(where, sort(request), params)
            .page(Page.of(request.page(), request.size()));
    return org.compact.platform.http.Page.of(query.list(), request, query.count());
  }

  /** Every organisation matching {@code filter}, by name (for exports). */
  public List<Organisation> all(RegisterFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return Organisation.list(where(filter, params), Sort.by("name").and("id"), params);
  }

  /** The consented contacts of these organisations, by organisation id. */
  public Map<UUID, List<Contact>> publicContacts(List<Organisation> organisations) {
    if (organisations.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = organisations.stream().map(o -> o.id).toList();
    List<Contact> contacts =
        Contact.list(
            "organisationId in ?1 and showOnPublicRegister = true order by lower(name), id", ids);
    return contacts.stream().collect(Collectors.groupingBy(c -> c.organisationId));
  }

  /** Signed organisations per configured sector (every sector listed, zeros included). */
  public Map<String, Long> signedCountsBySector() {
    Map<String, Long> counts = new LinkedHashMap<>();
    compact.sectors().forEach(sector -> counts.put(sector, 0L));
    List<Object[]> rows =
        Organisation.getEntityManager()
            .createQuery(
                "select o.sector, count(o) from Organisation o where o.status = ?1 group by o.sector",
                Object[].class)
            .setParameter(1, SignatoryStatus.SIGNED)
            .getResultList();
    for (Object[] row : rows) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Signed organisations of the champion sector (seed 003: public agencies) without a champion. */
  public List<Organisation> signedWithoutChampion() {
    return Organisation.list(
        "status = ?1 and sector = ?2 and hasChampion = false",
        Sort.by("name").and("id"),
        SignatoryStatus.SIGNED,
        config.championSector());
  }

  /** A briefing recipient with the organisation it is at. */
  public record BriefingRecipient(Organisation organisation, Contact contact) {}

  /** Contacts of signed organisations who receive the briefing after each steering group. */
  public List<BriefingRecipient> briefingRecipients() {
    List<Object[]> rows =
        Organisation.getEntityManager()
            .createQuery(
                "select o, c from Organisation o, Contact c where c.organisationId = o.id"
                    + " and o.status = ?1 and c.receivesBriefings = true"
                    + " order by lower(o.name), o.id, lower(c.name), c.id",
                Object[].class)
            .setParameter(1, SignatoryStatus.SIGNED)
            .getResultList();
    return rows.stream()
        .map(r -> new BriefingRecipient((Organisation) r[0], (Contact) r[1]))
        .toList();
  }

  private static String where(RegisterFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (filter.status() != null) {
      where.append(" and status = :status");
      params.put("status", filter.status());
    }
    if (filter.sector() != null) {
      where.append(" and sector = :sector");
      params.put("sector", filter.sector());
    }
    if (filter.kind() != null) {
      where.append(" and kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.name() != null) {
      where.append(" and lower(name) like :name escape '!'");
      params.put("name", contains(filter.name()));
    }
    if (filter.area() != null) {
      where.append(" and lower(area) like :area escape '!'");
      params.put("area", contains(filter.area()));
    }
    return where.toString();
  }

  /** A LIKE pattern matching {@code text} anywhere, with its wildcards taken literally. */
  static String contains(String text) {
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  private static Sort sort(PageRequest request) {
    Direction direction = request.descending() ? Direction.Descending : Direction.Ascending;
    return Sort.by(request.sortField(), direction).and("id");
  }
}
