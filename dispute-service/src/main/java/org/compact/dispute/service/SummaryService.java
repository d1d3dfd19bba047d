package org.compact.dispute.service;

import static org.compact.dispute.domain.Actor.COMPACT_ADMIN;
import static org.compact.dispute.domain.Actor.PANEL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compact.dispute.domain.Actor;
import org.compact.dispute.domain.Anonymity;
import org.compact.dispute.domain.Dispute;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.RosterMember;
import org.compact.dispute.domain.Visibility;
import org.compact.dispute.events.DisputeEvents;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.time.TimeSource;

/**
 * The anonymised summary, lessons learned and recommendations: written by the panel's chair (or by
 * compact-admin for a case that never had a panel), approved by compact-admin, then published.
 */
@ApplicationScoped
public class SummaryService {
  @Inject CaseAccess access;
  @Inject ProcedureCatalogue procedures;
  @Inject DisputeService disputes;
  @Inject DisputeEvents events;
  @Inject SignatoryReplicas replica;
  @Inject TimeSource time;

  @Transactional
  public Dispute write(UUID id, String ifMatch, Commands.Summary summary) {
    Dispute d = access.visibleCaseForUpdate(id);
    Set<Actor> actors = access.actorsOn(d);
    if (d.hasPanel()) {
      CaseAccess.require(actors, EnumSet.of(PANEL), "write the case summary");
      disputes.requireChair(d, "writes the anonymised summary");
    } else {
      CaseAccess.require(
          actors, EnumSet.of(COMPACT_ADMIN), "write the summary of a case without a panel");
    }
    ETags.requireIfMatch(ifMatch, d.version);
    if (d.isSummaryPublished()) {
      throw ProblemException.conflict("The summary was published on " + d.summaryPublishedOn);
    }
    requireAnonymous(d, summary);
    d.summaryText = summary.summary().trim();
    d.summaryLessons = DisputeService.trimmed(summary.lessonsLearned());
    d.recommendations.clear();
    if (summary.recommendations() != null) {
      summary.recommendations().stream().map(String::trim).forEach(d.recommendations::add);
    }
    d.summaryWrittenOn = time.today();
    d.touch(time.now());
    return d;
  }

  private void requireAnonymous(Dispute d, Commands.Summary summary) {
    List<String> names = new ArrayList<>();
    replica.findAll(d.partyIds()).values().stream().map(r -> r.name).forEach(names::add);
    List<PanelMember> panel = PanelMember.list("disputeId", d.id);
    panel.forEach(m -> names.add(m.subject));
    List<UUID> rosterIds = panel.stream().map(m -> m.rosterMemberId).toList();
    if (!rosterIds.isEmpty()) {
      RosterMember.<RosterMember>list("id in ?1", rosterIds).forEach(m -> names.add(m.name));
    }
    String all =
        String.join(
            "\n",
            summary.summary(),
            String.valueOf(summary.lessonsLearned()),
            String.join(
                "\n", summary.recommendations() == null ? List.of() : summary.recommendations()));
    List<String> found = Anonymity.namesFound(all, names);
    if (!found.isEmpty()) {
      throw ProblemException.ruleViolation(
          "The summary is published anonymised: it names "
              + found.size()
              + " party or panel member(s)",
          List.of(new Problem.Violation("summary", "must not name parties or panel members")));
    }
  }

  /** The summary as the caller may see it: 404 when they may not. */
  public Dispute read(UUID id) {
    Dispute d = access.visibleCase(id);
    Set<Actor> readers = Visibility.summaryReaders(procedures.of(d));
    boolean published = d.isSummaryPublished();
    if (!d.hasSummary()
        || (!published && access.actorsOn(d).stream().noneMatch(readers::contains))) {
      throw ProblemException.notFound("Summary of dispute", id);
    }
    return d;
  }

  @Transactional
  public Dispute approve(UUID id, String ifMatch) {
    Dispute d = access.visibleCaseForUpdate(id);
    CaseAccess.require(
        access.actorsOn(d), EnumSet.of(COMPACT_ADMIN), "approve summaries for publication");
    ETags.requireIfMatch(ifMatch, d.version);
    if (!d.hasSummary()) {
      throw ProblemException.conflict("No summary has been written for this case yet");
    }
    if (d.isOpen()) {
      throw ProblemException.conflict("A summary is published once the case is closed");
    }
    if (d.isSummaryPublished()) {
      throw ProblemException.conflict("The summary was published on " + d.summaryPublishedOn);
    }
    d.summaryPublishedOn = time.today();
    events.summaryPublished(d);
    return d;
  }

  public List<Dispute> published(Integer reviewYear, int offset, int limit, long[] total) {
    String where = "summaryPublishedOn is not null";
    Object[] params = {};
    if (reviewYear != null) {
      var year = procedures.reviewYear(reviewYear);
      where += " and summaryPublishedOn between ?1 and ?2";
      params = new Object[] {year.firstDay(), year.lastDay()};
    }
    total[0] = Dispute.count(where, params);
    return Dispute.<Dispute>find(where + " order by summaryPublishedOn desc, id", params)
        .range(offset, offset + limit - 1)
        .list();
  }
}
