package org.compact.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.compact.platform.time.ReviewYear;

/**
 * The workflow state of one year's Annual Compact Report. No row means DRAFT at version 0; agreeing
 * stores the figures as a JSON snapshot that never changes afterwards.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {
  @Id
  @Column(name = "start_year")
  public int startYear;

  @Column(name = "start_month", nullable = false)
  public int startMonth;

  @Column(name = "start_day", nullable = false)
  public int startDay;

  @Column(nullable = false)
  public long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReportStatus status;

  public String snapshot;

  @Column(name = "agreed_by")
  public String agreedBy;

  @Column(name = "agreed_at")
  public Instant agreedAt;

  @Column(name = "published_by")
  public String publishedBy;

  @Column(name = "published_at")
  public Instant publishedAt;

  public static AnnualReport agreed(ReviewYear year, String snapshot, String by, Instant now) {
    AnnualReport report = new AnnualReport();
    report.startYear = year.startYear();
    report.startMonth = year.start().getMonthValue();
    report.startDay = year.start().getDayOfMonth();
    report.version = 1;
    report.status = ReportStatus.AGREED;
    report.snapshot = snapshot;
    report.agreedBy = by;
    report.agreedAt = now;
    return report;
  }

  public void publish(String by, Instant now) {
    status = ReportStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = now;
    version++;
  }
}
