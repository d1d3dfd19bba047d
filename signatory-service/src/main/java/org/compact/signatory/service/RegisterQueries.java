package org.compact.signatory.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compact.platform.config.CompactConfig;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageRequest;
import org.compact.signatory.config.SignatoryConfig;
import org.compact.signatory.domain.Contact;
import org.compact.signatory.domain.Organisation;
import org.compact.signatory.domain.SignatoryStatus;
import org.hibernate.jpa.HibernateHints;

/**
 * Read side of the register: searches, the public register, counts and admin reports. Searches and
 * exports are for responses only: they load read-only (no dirty-checking snapshot) and fetch the
 * identifiers with their organisations instead of in batches afterwards.
 */
@ApplicationScoped
public class RegisterQueries {
  public static final List<String> SORT_FIELDS = List.of("name", "signedOn", "sector", "area");

  @Inject CompactConfig compact;
  @Inject SignatoryConfig config;
  @Inject EntityManager em;

  /**
   * One page of organisations matching {@code filter}, sorted as requested (then by id), with their
   * identifiers. Two statements: the page's ids with the exact total (a window count over every
   * match), then those organisations with their identifiers. Paging the ids first keeps the
   * collection fetch out of the LIMIT (a page of rows would cut organisations' identifiers).
   */
  public Page<Organisation> search(RegisterFilter filter, PageRequest request) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    TypedQuery<Object[]> idsQuery =
        em.createQuery(
            "select o.id, count(*) over () from Organisation o where " + where + orderBy(request),
            Object[].class);
    params.forEach(idsQuery::setParameter);
    List<Object[]> rows =
        idsQuery.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    if (rows.isEmpty()) {
      // past the last page no row carries the total
      return Page.of(List.of(), request, request.offset() == 0 ? 0 : count(where, params));
    }
    List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
    long total = ((Number) rows.get(0)[1]).longValue();
    return Page.of(withIdentifiers(ids), request, total);
  }

  /** Every organisation matching {@code filter}, by name, with its identifiers (for exports). */
  public List<Organisation> all(RegisterFilter filter) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Organisation> query =
        em.createQuery(
                "select o from Organisation o left join fetch o.identifiers where "
                    + where(filter, params)
                    + " order by o.name, o.id",
                Organisation.class)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  private List<Organisation> withIdentifiers(List<UUID> ids) {
    Map<UUID, Organisation> byId = new HashMap<>();
    em.createQuery(
            "select o from Organisation o left join fetch o.identifiers where o.id in :ids",
            Organisation.class)
        .setParameter("ids", ids)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList()
        .forEach(o -> byId.put(o.id, o));
    // in the page's order; one deleted since the first statement is left out
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private long count(String where, Map<String, Object> params) {
    TypedQuery<Long> count =
        em.createQuery("select count(o) from Organisation o where " + where, Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  /** The consented contacts of these organisations, by organisation id. */
  public Map<UUID, List<Contact>> publicContacts(List<Organisation> organisations) {
    if (organisations.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = organisations.stream().map(o -> o.id).toList();
    List<Contact> contacts =
        Contact.<Contact>find(
                "organisationId in ?1 and showOnPublicRegister = true order by lower(name), id",
                ids)
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
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
      where.append(" and o.status = :status");
      params.put("status", filter.status());
    }
    if (filter.sector() != null) {
      where.append(" and o.sector = :sector");
      params.put("sector", filter.sector());
    }
    if (filter.kind() != null) {
      where.append(" and o.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.name() != null) {
      where.append(" and lower(o.name) like :name escape '!'");
      params.put("name", contains(filter.name()));
    }
    if (filter.area() != null) {
      where.append(" and lower(o.area) like :area escape '!'");
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

  /** The requested order, then by id; sortField is one of {@link #SORT_FIELDS}. */
  private static String orderBy(PageRequest request) {
    return " order by o." + request.sortField() + (request.descending() ? " desc" : "") + ", o.id";
  }
}
