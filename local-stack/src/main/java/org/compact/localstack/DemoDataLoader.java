package org.compact.localstack;

/**
 * Hook for demo data, written against the services' HTTP APIs (DOMAIN.md: demo data goes through
 * the services' own use cases, so outbox events flow and the annual report fills; never raw SQL).
 * {@link SeedDemoDataLoader} is the one registered today.
 *
 * <p>To add one: implement this interface in this module and list the class in {@code
 * src/main/resources/META-INF/services/org.compact.localstack.DemoDataLoader}. {@code run} calls
 * every registered loader once all started services are ready (not in {@code infra}, not with
 * {@code --no-demo-data}). Data persists between runs, so a loader must be idempotent: look up
 * before creating, or use the services' idempotency keys.
 */
public interface DemoDataLoader {
  /** Short name for the log. */
  String name();

  /**
   * Loads the data. Failures are reported and do not stop the stack.
   *
   * @param stack base URLs of the ready services and a minter of dev tokens for any role
   */
  void load(RunningStack stack) throws Exception;
}
