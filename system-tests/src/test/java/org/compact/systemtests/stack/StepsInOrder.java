package org.compact.systemtests.stack;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For a test class whose methods are the ordered steps of one story: once a step fails, the later
 * steps are skipped (reported as such) instead of failing for the same reason. Register it as a
 * static {@code @RegisterExtension} field, one per class.
 */
public final class StepsInOrder implements ExecutionCondition, TestWatcher {
  private final AtomicReference<String> failedStep = new AtomicReference<>();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String failed = failedStep.get();
    if (failed != null && context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.disabled("skipped: the earlier step " + failed + " failed");
    }
    return ConditionEvaluationResult.enabled("no earlier step failed");
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    failedStep.compareAndSet(null, context.getDisplayName());
  }
}
