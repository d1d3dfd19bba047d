package org.compact.dispute.domain;

/** Whether a stage may end a case unresolved ({@code NO_FURTHER_RECOURSE}), and on what terms. */
public enum UnresolvedClose {
  /** The case cannot end unresolved here; it moves to the next stage instead. */
  NOT_HERE,
  /** Stafford stage 3: the CCRG signposts; the resources offered must be recorded. */
  AFTER_SIGNPOSTING,
  /** The procedure's last stage without signposting (Richmond step 3). */
  ALLOWED
}
