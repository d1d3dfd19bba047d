package org.compact.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every committed OpenAPI document has a generated, compiled Java client with one method per
 * operation, and every API class can be constructed on an ApiClient.
 */
class GeneratedJavaClientsTest {
  private final CommittedDocuments documents = CommittedDocuments.ofRepository();

  @Test
  void everyCommittedDocumentHasACompiledClientWithAMethodPerOperation() throws Exception {
    List<String> modules = documents.modules();
    assertThat(modules).contains("signatory-service", "consultation-service");

    for (String module : modules) {
      String javaPackage = CommittedDocuments.javaPackage(module);
      Class<?> apiClient = loadOrExplain(javaPackage + ".ApiClient", module);
      List<Class<?>> apis = apiClasses(javaPackage + ".api");
      assertThat(apis).as("API classes generated for %s", module).isNotEmpty();

      int operations = 0;
      for (Class<?> api : apis) {
        Object instance =
            api.getConstructor(apiClient).newInstance(apiClient.getConstructor().newInstance());
        assertThat(instance).isInstanceOf(api);
        operations += operationMethods(api).size();
      }
      assertThat(operations)
          .as("operations of %s/openapi/openapi.yaml with a generated Java method", module)
          .isEqualTo(documents.operationCount(module));
    }
  }

  /** Operations are the methods that also come as {@code <name>WithHttpInfo}. */
  static Set<String> operationMethods(Class<?> api) {
    Set<String> names =
        Arrays.stream(api.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toSet());
    return names.stream()
        .filter(name -> names.contains(name + "WithHttpInfo"))
        .collect(Collectors.toSet());
  }

  private static Class<?> loadOrExplain(String className, String module) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      return fail(
          "%s/openapi/openapi.yaml has no generated Java client (%s missing): add its execution"
              + " line to api-clients/pom.xml (copy a line, set id %s and package %s)",
          module, className, module, className.substring(0, className.lastIndexOf('.')));
    }
  }

  private static List<Class<?>> apiClasses(String javaPackage) throws URISyntaxException {
    Path classes =
        Path.of(
                GeneratedJavaClientsTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolveSibling("classes")
            .resolve(javaPackage.replace('.', '/'));
    if (!Files.isDirectory(classes)) {
      return List.of();
    }
    List<Class<?>> apis = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith("Api.class")) {
          apis.add(Class.forName(javaPackage + "." + name.substring(0, name.length() - 6)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return apis;
  }
}
