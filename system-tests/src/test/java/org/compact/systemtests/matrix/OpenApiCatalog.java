package org.compact.systemtests.matrix;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every operation of every committed OpenAPI document ({@code <module>/openapi/openapi.yaml} under
 * the repository root). The service of a document is its module's name without {@code -service}.
 */
public final class OpenApiCatalog {
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private final Map<String, Path> documents;
  private final List<ApiOperation> operations;

  private OpenApiCatalog(Map<String, Path> documents, List<ApiOperation> operations) {
    this.documents = documents;
    this.operations = operations;
  }

  public static OpenApiCatalog load(Path repositoryRoot) {
    Map<String, Path> documents = new LinkedHashMap<>();
    List<ApiOperation> operations = new ArrayList<>();
    for (Path doc : findDocuments(repositoryRoot)) {
      String module = doc.getParent().getParent().getFileName().toString();
      String service =
          module.endsWith("-service") ? module.substring(0, module.length() - 8) : module;
      documents.put(service, doc);
      operations.addAll(read(service, doc));
    }
    if (operations.isEmpty()) {
      throw new IllegalStateException("No OpenAPI operations found under " + repositoryRoot);
    }
    return new OpenApiCatalog(documents, List.copyOf(operations));
  }

  public Map<String, Path> documents() {
    return documents;
  }

  public List<ApiOperation> operations() {
    return operations;
  }

  static List<Path> findDocuments(Path root) {
    try (Stream<Path> modules = Files.list(root)) {
      return modules
          .filter(Files::isDirectory)
          .map(m -> m.resolve("openapi").resolve("openapi.yaml"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list " + root, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ApiOperation> read(String service, Path doc) {
    Map<String, Object> root;
    try (Reader reader = Files.newBufferedReader(doc)) {
      root = (Map<String, Object>) yaml().load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + doc, e);
    }
    Map<String, Object> components =
        (Map<String, Object>) root.getOrDefault("components", Map.of());
    SchemaSet schemas = new SchemaSet((Map<String, Object>) components.get("schemas"));
    Map<String, Object> paths = (Map<String, Object>) root.getOrDefault("paths", Map.of());
    List<ApiOperation> out = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          Map<String, Object> pathItem = (Map<String, Object>) item;
          List<Object> shared = (List<Object>) pathItem.getOrDefault("parameters", List.of());
          for (String method : METHODS) {
            if (pathItem.get(method) instanceof Map<?, ?> op) {
              out.add(operation(service, method, path, (Map<String, Object>) op, shared, schemas));
            }
          }
        });
    return out;
  }

  @SuppressWarnings("unchecked")
  private static ApiOperation operation(
      String service,
      String method,
      String path,
      Map<String, Object> op,
      List<Object> sharedParameters,
      SchemaSet schemas) {
    List<ApiParameter> parameters = new ArrayList<>();
    List<Object> all = new ArrayList<>(sharedParameters);
    all.addAll((List<Object>) op.getOrDefault("parameters", List.of()));
    for (Object p : all) {
      Map<String, Object> param = (Map<String, Object>) p;
      Map<String, Object> schema =
          schemas.resolve((Map<String, Object>) param.getOrDefault("schema", Map.of()));
      Object example = param.containsKey("example") ? param.get("example") : null;
      if (example == null && param.get("examples") instanceof Map<?, ?> named && !named.isEmpty()) {
        Object first = named.values().iterator().next();
        example = first instanceof Map<?, ?> m ? m.get("value") : first;
      }
      if (example == null) {
        example = SchemaSet.firstExample(schema);
      }
      parameters.add(
          new ApiParameter(
              (String) param.get("name"),
              (String) param.get("in"),
              Boolean.TRUE.equals(param.get("required")),
              schema,
              example));
    }
    Map<String, Map<String, Object>> body = new LinkedHashMap<>();
    boolean bodyRequired = false;
    if (op.get("requestBody") instanceof Map<?, ?> rb) {
      bodyRequired = Boolean.TRUE.equals(rb.get("required"));
      Map<String, Object> content = (Map<String, Object>) rb.get("content");
      if (content != null) {
        content.forEach(
            (mediaType, media) -> {
              Map<String, Object> m = (Map<String, Object>) media;
              body.put(
                  mediaType,
                  m == null ? Map.of() : (Map<String, Object>) m.getOrDefault("schema", Map.of()));
            });
      }
    }
    List<String> roles = new ArrayList<>();
    if (op.get("security") instanceof List<?> security) {
      for (Object requirement : security) {
        ((Map<String, Object>) requirement)
            .values()
            .forEach(scopes -> roles.addAll((List<String>) scopes));
      }
    }
    Map<String, List<String>> responses = new LinkedHashMap<>();
    ((Map<String, Object>) op.getOrDefault("responses", Map.of()))
        .forEach(
            (code, response) -> {
              Object content = response instanceof Map<?, ?> r ? r.get("content") : null;
              responses.put(
                  String.valueOf(code),
                  content instanceof Map<?, ?> c
                      ? c.keySet().stream().map(Object::toString).toList()
                      : List.of());
            });
    return new ApiOperation(
        service,
        method.toUpperCase(),
        path,
        String.valueOf(op.getOrDefault("summary", "")),
        List.copyOf(parameters),
        body,
        bodyRequired,
        List.copyOf(roles),
        responses,
        schemas);
  }

  /** YAML without implicit timestamps: {@code 2009-04-01} stays the string the document means. */
  private static Yaml yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(64 * 1024 * 1024);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(loader), new Representer(dumper), dumper, loader, new NoTimestamps());
  }

  private static final class NoTimestamps extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
