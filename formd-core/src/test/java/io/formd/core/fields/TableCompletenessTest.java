package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.Recorded;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Drift fails a test: every property of the model (each abstract accessor, and the defaulted ones below) has a
 * row in the field table, so nothing derived from the table (the formats, the text walk, the limits) can
 * silently miss one.
 */
class TableCompletenessTest {

  /** Accessors with a default value (Immutables' {@code @Value.Default}), which are properties too. */
  private static final Set<String> DEFAULTED = Set.of("moreThan100Issuers", "moreThan100RelatedPersons",
      "moreThan100Recipients", "none", "allStates", "firstSaleYetToOccur");

  /** Types held whole (values and codes), not walked into. */
  private static boolean leaf(Class<?> type) {
    return !type.getPackageName().equals("io.formd.core.model") || type.isEnum()
        || Set.of("UsdAmount", "OfferingAmount", "StatedAmount", "StatedCount").contains(type.getSimpleName());
  }

  private static void properties(Class<?> type, String prefix, Set<String> out, int depth) {
    if (depth > 8) {
      return;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())
          || !(Modifier.isAbstract(m.getModifiers()) || DEFAULTED.contains(m.getName()))) {
        continue;
      }
      String path = prefix.isEmpty() ? m.getName() : prefix + "." + m.getName();
      Type t = m.getGenericReturnType();
      boolean list = false;
      while (t instanceof ParameterizedType) {
        Class<?> raw = (Class<?>) ((ParameterizedType) t).getRawType();
        if (!(Collection.class.isAssignableFrom(raw) || raw == Optional.class || raw == Recorded.class)) {
          break;
        }
        list |= Collection.class.isAssignableFrom(raw);
        t = ((ParameterizedType) t).getActualTypeArguments()[0];
      }
      Class<?> raw = t instanceof Class ? (Class<?>) t : (Class<?>) ((ParameterizedType) t).getRawType();
      String pattern = path + (list ? "[]" : "");
      out.add(pattern);
      if (!leaf(raw)) {
        properties(raw, pattern, out, depth + 1);
      }
    }
  }

  private static List<String> missing(Class<?> root, Edition edition) {
    Set<String> properties = new TreeSet<>();
    properties(root, "", properties, 0);
    List<String> missing = new ArrayList<>();
    for (String p : properties) {
      // A set (Item 9's security types) is one row: the whole set, never an element by index.
      if (FormDFields.find(edition, p).isEmpty()
          && !(p.endsWith("[]") && FormDFields.find(edition, p.substring(0, p.length() - 2)).isPresent())) {
        missing.add(p);
      }
    }
    return missing;
  }

  @Test
  void everyPropertyOfTheElectronicModelHasARow() {
    // primaryIssuer and additionalIssuers are rows under the paths issuers[0] and issuers[] (FormD.issuers()).
    List<String> missing = missing(ElectronicFormD.class, Edition.ELECTRONIC);
    missing.removeIf(p -> p.startsWith("primaryIssuer") || p.startsWith("additionalIssuers[]"));
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPropertyOfThePaperModelHasARow() {
    assertThat(missing(PaperFormD.class, Edition.PAPER)).isEmpty();
  }
}
