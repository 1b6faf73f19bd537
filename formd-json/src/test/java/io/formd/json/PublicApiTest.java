package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fields.Field;
import io.formd.core.model.FormD;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What formd-core and formd-json export is API, and no public signature in it mentions the engine: the field table's
 * binding ({@code io.formd.core.fields.internal}), the mappings ({@code io.formd.json.canonical}, {@code .xml},
 * {@code .internal}) or the command line. As Hibernate Validator keeps {@code BeanDescriptor} apart from
 * {@code BeanMetaData}. The packages come from the compiled module descriptors, the classes from the compiled
 * output, so a new exported package or class is checked without editing this test.
 */
class PublicApiTest {

  private static final List<String> ENGINE = List.of("io.formd.core.fields.internal.", "io.formd.json.canonical.",
      "io.formd.json.xml.", "io.formd.json.internal.", "io.formd.json.cli.");

  @Test
  void noPublicSignatureOfAnExportedPackageMentionsAnEngineType() throws Exception {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Class<?> anchor : List.of(FormD.class, FormDJson.class)) {
      for (Class<?> type : exportedTypes(anchor)) {
        checked++;
        for (String signature : signatures(type)) {
          for (String engine : ENGINE) {
            if (signature.contains(engine)) {
              leaks.add(type.getName() + ": " + signature);
            }
          }
        }
      }
    }
    assertThat(checked).as("public types checked").isGreaterThan(100);
    assertThat(leaks).isEmpty();
  }

  @Test
  void theBindingIsExportedOnlyToTheFormats() throws Exception {
    ModuleDescriptor core = descriptor(FormD.class);
    assertThat(core.exports()).filteredOn(e -> e.source().equals("io.formd.core.fields.internal"))
        .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("io.formd.json"));
    ModuleDescriptor json = descriptor(FormDJson.class);
    assertThat(json.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("io.formd.json", "io.formd.json.html")
        .doesNotContain("io.formd.json.canonical", "io.formd.json.xml", "io.formd.json.internal", "io.formd.json.cli");
  }

  /** The descriptor answers what the specification and the printed form say; nothing reads or builds a model. */
  @Test
  void aFieldIsADescriptorWithoutTheEnginesMethods() {
    Set<String> methods = Arrays.stream(Field.class.getMethods()).filter(m -> m.getDeclaringClass() == Field.class)
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(methods).doesNotContain("get", "set", "settable", "setsWholeList", "recorded", "builds", "newBuilder",
        "build", "parse", "missingValue", "constant", "fixedIndex", "indexOffset", "fromRoot", "noneWhenAbsent");
    assertThat(methods).contains("element", "xsdMaxLength", "forD", "forDA", "printedLabel", "label", "place",
        "kind", "path", "xmlPath", "children", "limitRule");
  }

  private static List<String> signatures(Class<?> type) {
    List<String> out = new ArrayList<>();
    out.add(type.toGenericString());
    if (type.getGenericSuperclass() != null) {
      out.add(type.getGenericSuperclass().getTypeName());
    }
    Arrays.stream(type.getGenericInterfaces()).forEach(i -> out.add(i.getTypeName()));
    List<Executable> members = new ArrayList<>();
    members.addAll(Arrays.asList(type.getDeclaredMethods()));
    members.addAll(Arrays.asList(type.getDeclaredConstructors()));
    for (Executable e : members) {
      if (visible(e.getModifiers()) && !e.isSynthetic()) {
        out.add(e instanceof Method ? ((Method) e).toGenericString() : ((Constructor<?>) e).toGenericString());
      }
    }
    Arrays.stream(type.getDeclaredFields()).filter(f -> visible(f.getModifiers()) && !f.isSynthetic())
        .forEach(f -> out.add(f.toGenericString()));
    return out;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The public types (and public nested types of public types) of a module's unqualified exports. */
  private static List<Class<?>> exportedTypes(Class<?> anchor) throws Exception {
    Set<String> packages = descriptor(anchor).exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<Class<?>> types = new ArrayList<>();
    try (Root root = root(anchor); Stream<Path> files = Files.walk(root.path)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.path.relativize(file).toString().replace('\\', '/');
        if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        String pkg = className.substring(0, className.lastIndexOf('.'));
        if (!packages.contains(pkg)) {
          continue;
        }
        Class<?> type = Class.forName(className, false, anchor.getClassLoader());
        if (publicAllTheWayOut(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean publicAllTheWayOut(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static ModuleDescriptor descriptor(Class<?> anchor) throws IOException, URISyntaxException {
    try (Root root = root(anchor); InputStream in = Files.newInputStream(root.path.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The compiled output holding a class: a directory, or a jar opened as a file system. */
  private static Root root(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return new Root(location, null);
    }
    FileSystem jar = FileSystems.newFileSystem(location);
    return new Root(jar.getPath("/"), jar);
  }

  private record Root(Path path, FileSystem fs) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (fs != null) {
        fs.close();
      }
    }
  }
}
