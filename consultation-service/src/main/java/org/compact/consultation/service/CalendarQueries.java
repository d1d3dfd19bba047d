package org.compact.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compact.consultation.domain.CalendarFilter;
import org.compact.consultation.domain.Consultation;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageRequest;
import org.hibernate.ReadOnlyMode;
import org.hibernate.jpa.HibernateHints;

/**
 * The public calendar: every consultation, PLANNED ones included, filtered and paged. Everything
 * here is for responses only, so entities are loaded read-only (no dirty-checking snapshot) and the
 * month view reads just its columns.
 */
@ApplicationScoped
public class CalendarQueries {
  /** API sort names → entity properties; the first is the default. */
  public static final List<String> SORT_FIELDS = List.of("opensOn", "closesOn", "title", "status");

  private static final String LATEST_FIRST = " order by c.opensOn desc, c.id desc";

  @Inject EntityManager em;

  public Page<Consultation> page(CalendarFilter filter, PageRequest request) {
    Where where = where(filter);
    String order =
        " order by c."
            + request.sortField()
            + (request.descending() ? " desc" : " asc")
            + ", c.opensOn, c.id";
    TypedQuery<Consultation> query =
        em.createQuery("select c from Consultation c" + where.clause + order, Consultation.class)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    where.params.forEach(query::setParameter);
    List<Consultation> items =
        query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    TypedQuery<Long> count =
        em.createQuery("select count(c) from Consultation c" + where.clause, Long.class);
    where.params.forEach(count::setParameter);
    return Page.of(items, request, count.getSingleResult());
  }

  /** Everything matching, by opening date, at most {@code limit} (the latest when cut). */
  public List<Consultation> all(CalendarFilter filter, int limit) {
    Where where = where(filter);
    TypedQuery<Consultation> query =
        em.createQuery(
                "select c from Consultation c" + where.clause + LATEST_FIRST, Consultation.class)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    where.params.forEach(query::setParameter);
    return oldestFirst(query.setMaxResults(limit).getResultList());
  }

  /** What the month view shows of everything matching, like {@link #all}. */
  public List<CalendarEntry> entries(CalendarFilter filter, int limit) {
    Where where = where(filter);
    TypedQuery<CalendarEntry> query =
        em.createQuery(
            "select new "
                + CalendarEntry.class.getName()
                + "(c.id, c.title, c.ownerId, c.status, c.opensOn, c.closesOn, c.leadInRuleMet)"
                + " from Consultation c"
                + where.clause
                + LATEST_FIRST,
            CalendarEntry.class);
    where.params.forEach(query::setParameter);
    return oldestFirst(query.setMaxResults(limit).getResultList());
  }

  /** One consultation for a response (read-only: never change what this returns). */
  public Optional<Consultation> one(UUID id) {
    return Optional.ofNullable(em.find(Consultation.class, id, ReadOnlyMode.READ_ONLY));
  }

  private static <T> List<T> oldestFirst(List<T> latestFirst) {
    List<T> list = new ArrayList<>(latestFirst);
    Collections.reverse(list);
    return list;
  }

  private record Where(String clause, Map<String, Object> params) {}

  private static Where where(CalendarFilter filter) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!filter.organisations().isEmpty()) {
      conditions.add("c.ownerId in :organisations");
      params.put("organisations", filter.organisations());
    }
    anyOf(conditions, params, "audiences", "a", namesOf(filter.audiences()));
    anyOf(conditions, params, "methods", "m", namesOf(filter.methods()));
    if (!filter.statuses().isEmpty()) {
      conditions.add("c.status in :statuses");
      params.put("statuses", filter.statuses());
    }
    if (filter.from() != null) {
      conditions.add("c.closesOn >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      conditions.add("c.opensOn <= :to");
      params.put("to", filter.to());
    }
    String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    return new Where(clause, params);
  }

  private static void anyOf(
      List<String> conditions,
      Map<String, Object> params,
      String column,
      String prefix,
      List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      alternatives.add("array_contains(c." + column + ", :" + prefix + i + ")");
      params.put(prefix + i, values.get(i));
    }
    conditions.add("(" + String.join(" or ", alternatives) + ")");
  }

  private static List<String> namesOf(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }
}
