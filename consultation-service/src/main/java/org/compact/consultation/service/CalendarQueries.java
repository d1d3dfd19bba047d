package org.compact.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compact.consultation.domain.CalendarFilter;
import org.compact.consultation.domain.Consultation;
import org.compact.platform.http.Page;
import org.compact.platform.http.PageRequest;

/** The public calendar: every consultation, PLANNED ones included, filtered and paged. */
@ApplicationScoped
public class CalendarQueries {
  /** API sort names → entity properties; the first is the default. */
  public static final List<String> SORT_FIELDS = List.of("opensOn", "closesOn", "title", "status");

  @Inject EntityManager em;

  public Page<Consultation> page(CalendarFilter filter, PageRequest request) {
    Where where = where(filter);
    String order =
        " order by c."
            + request.sortField()
            + (request.descending() ? " desc" : " asc")
            + ", c.opensOn, c.id";
    TypedQuery<Consultation> query =
        em.createQuery("select c from Consultation c" + where.clause + order, Consultation.class);
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
            "select c from Consultation c" + where.clause + " order by c.opensOn desc, c.id desc",
            Consultation.class);
    where.params.forEach(query::setParameter);
    List<Consultation> latest = new ArrayList<>(query.setMaxResults(limit).getResultList());
    java.util.Collections.reverse(latest);
    return latest;
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
