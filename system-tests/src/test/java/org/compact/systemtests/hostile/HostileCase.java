package org.compact.systemtests.hostile;

import org.compact.systemtests.matrix.Call;

/**
 * One hostile request.
 *
 * @param mustReject the input is malformed: a 2xx means the service accepted garbage
 * @param expectedStatus the only acceptable status, or 0
 */
record HostileCase(String family, String label, Call call, boolean mustReject, int expectedStatus) {

  static HostileCase reject(String family, String label, Call call) {
    return new HostileCase(family, label, call, true, 0);
  }

  static HostileCase survive(String family, String label, Call call) {
    return new HostileCase(family, label, call, false, 0);
  }

  static HostileCase exactly(int status, String family, String label, Call call) {
    return new HostileCase(family, label, call, true, status);
  }
}
