package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fields.internal.Binding;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

  /** The constants of {@link Access}, by reflection. */
  private static List<Access> constants() throws IllegalAccessException {
    List<Access> all = new ArrayList<>();
    for (var f : Access.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Access.class) {
        all.add((Access) f.get(null));
      }
    }
    return all;
  }

  /** Whether the use reaches a case: a slot without one says so; one with a case fails on the dummy arguments. */
  private static boolean hasCase(Runnable use) {
    try {
      use.run();
      return true;
    } catch (IllegalStateException e) {
      return e.getMessage() == null || !e.getMessage().contains("has no case for");
    } catch (RuntimeException e) {
      return true;
    }
  }

  @Test
  void everyConstantHasItsOwnNumberAndExactlyOneCase() throws IllegalAccessException {
    List<Access> all = constants();
    assertThat(all).hasSizeGreaterThan(200);
    Set<String> ids = new HashSet<>();
    for (Access slot : all) {
      assertThat(ids.add(slot.toString())).as("%s is numbered once", slot).isTrue();
      int cases = (hasCase(() -> slot.apply(new Object())) ? 1 : 0)
          + (hasCase(() -> slot.accept(new Object(), new Object())) ? 1 : 0)
          + (hasCase(slot::get) ? 1 : 0);
      assertThat(cases).as("%s has one case", slot).isEqualTo(1);
    }
  }

  @Test
  void everyElectronicRowIsBoundBySlotsNotLambdas() {
    for (Field row : FormDFields.electronicRows()) {
      assertThat(Binding.of(row).boundBySlots()).as(row.toString()).isTrue();
    }
    // The paper rows still are method references: the check can fail.
    assertThat(FormDFields.paperRows().stream().anyMatch(row -> !Binding.of(row).boundBySlots())).isTrue();
  }

  @Test
  void aSlotUsedForWhatItHasNoCaseForSaysSo() {
    assertThat(hasCase(() -> Access.CONTACT_DATA_NAME.get())).isFalse();
    assertThat(hasCase(() -> Access.CONTACT_DATA_NAME.accept(null, null))).isFalse();
    assertThat(hasCase(() -> Access.CONTACT_DATA_NAME.apply(new Object()))).isTrue();
  }
}
