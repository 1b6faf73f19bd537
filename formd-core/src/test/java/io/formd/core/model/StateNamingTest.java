package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** One naming rule for both state enums: a state by its postal code. */
class StateNamingTest {

  @Test
  void everySolicitationStateIsAStateOrCountryOfTheSameName() throws Exception {
    for (SolicitationState state : SolicitationState.values()) {
      Field field = StateOrCountry.class.getField(state.name());
      assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
      assertThat(field.get(null)).as(state.name()).isSameAs(StateOrCountry.fromEdgar(state.name()));
      assertThat(state.toStateOrCountry()).isSameAs(field.get(null));
    }
  }

  @Test
  void everyPostalCodeNameIsTheConstantWithThatCode() throws Exception {
    int aliases = 0;
    for (Field field : StateOrCountry.class.getFields()) {
      if (!field.isEnumConstant() && field.getType() == StateOrCountry.class) {
        StateOrCountry value = (StateOrCountry) field.get(null);
        assertThat(value.edgarCode()).isEqualTo(field.getName());
        aliases++;
      }
    }
    assertThat(aliases).isEqualTo(54);
    assertThat(StateOrCountry.CA).isSameAs(StateOrCountry.CALIFORNIA);
  }
}
