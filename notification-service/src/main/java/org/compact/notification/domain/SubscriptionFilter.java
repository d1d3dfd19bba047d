package org.compact.notification.domain;

/**
 * Optional narrowing of a subscription to events that concern its organisation. Each filter applies
 * to the event types of one family only; types of other families pass unchanged.
 */
public enum SubscriptionFilter {
  /** Signatory events about my organisation only. */
  MY_ORGANISATION(EventFamily.SIGNATORY),
  /** Action events only for actions my organisation leads. */
  ACTIONS_MY_ORGANISATION_LEADS(EventFamily.ACTION),
  /** Consultation events only for consultations my organisation owns. */
  CONSULTATIONS_OF_MY_ORGANISATION(EventFamily.CONSULTATION),
  /** Dispute events only for disputes my organisation is a party to. */
  MY_DISPUTES(EventFamily.DISPUTE);

  private final EventFamily family;

  SubscriptionFilter(EventFamily family) {
    this.family = family;
  }

  public EventFamily family() {
    return family;
  }
}
