package org.compact.localstack;

import java.util.List;
import java.util.ServiceLoader;

/** Runs the registered {@link DemoDataLoader}s (see META-INF/services). */
final class DemoData {
  private DemoData() {}

  static void load(RunningStack stack) {
    List<DemoDataLoader> loaders =
        ServiceLoader.load(DemoDataLoader.class).stream().map(ServiceLoader.Provider::get).toList();
    if (loaders.isEmpty()) {
      Console.info(
          "No demo data loader registered (implement %s); the databases keep what they have",
          DemoDataLoader.class.getName());
      return;
    }
    for (DemoDataLoader loader : loaders) {
      Console.info("Loading demo data: %s", loader.name());
      try {
        loader.load(stack);
      } catch (Exception e) {
        Console.warn("Demo data loader %s failed: %s", loader.name(), e);
      }
    }
  }
}
