package org.compact.dispute.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compact.dispute.domain.PanelMember;
import org.compact.dispute.domain.RosterMember;
import org.compact.platform.http.ETags;
import org.compact.platform.problem.Problem;
import org.compact.platform.problem.ProblemException;
import org.compact.platform.replica.SignatoryReplicas;
import org.compact.platform.time.TimeSource;

/** The CCRG roster per review year, kept by compact-admin. */
@ApplicationScoped
public class RosterService {
  @Inject SignatoryReplicas replica;
  @Inject TimeSource time;

  @Transactional
  public RosterMember add(int reviewYear, Commands.NewRosterMember command) {
    if (replica.find(command.organisationId()).isEmpty()) {
      throw ProblemException.ruleViolation(
          "Organisation " + command.organisationId() + " is not on the signatory register",
          List.of(new Problem.Violation("organisationId", "unknown organisation")));
    }
    String subject = command.subject().trim();
    if (RosterMember.count("reviewYear = ?1 and subject = ?2", reviewYear, subject) > 0) {
      throw ProblemException.conflict(
          subject + " is already on the roster of review year " + reviewYear,
          Map.of("subject", subject, "reviewYear", reviewYear));
    }
    RosterMember m = new RosterMember();
    m.id = UUID.randomUUID();
    m.reviewYear = reviewYear;
    m.subject = subject;
    m.organisationId = command.organisationId();
    m.name = DisputeService.trimmed(command.name());
    if (command.declaredInterests() != null) {
      m.declaredInterests.addAll(command.declaredInterests());
    }
    m.createdAt = time.now();
    m.persistAndFlush();
    return m;
  }

  public List<RosterMember> list(int reviewYear, int offset, int limit, long[] total) {
    total[0] = RosterMember.count("reviewYear", reviewYear);
    return RosterMember.<RosterMember>find("reviewYear = ?1 order by subject, id", reviewYear)
        .range(offset, offset + limit - 1)
        .list();
  }

  public RosterMember find(int reviewYear, UUID memberId) {
    RosterMember m = RosterMember.findById(memberId);
    if (m == null || m.reviewYear != reviewYear) {
      throw ProblemException.notFound("Roster member", memberId);
    }
    return m;
  }

  @Transactional
  public void remove(int reviewYear, UUID memberId, String ifMatch) {
    RosterMember m = find(reviewYear, memberId);
    ETags.requireIfMatch(ifMatch, m.version);
    if (PanelMember.count("rosterMemberId", memberId) > 0) {
      throw ProblemException.conflict(
          "Member " + m.subject + " sits or sat on a panel; the roster keeps them");
    }
    m.declaredInterests.clear();
    m.delete();
  }
}
