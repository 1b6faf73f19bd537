package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordedTest {

  @Test
  void aCallersListChangedAfterwardsChangesNeitherTheAnswerNorItsHash() {
    List<Relationship> roles = new ArrayList<>(List.of(Relationship.DIRECTOR));
    Recorded<List<Relationship>> recorded = Recorded.of(roles);
    int hash = recorded.hashCode();
    roles.add(Relationship.PROMOTER);
    assertThat(recorded.value()).containsExactly(Relationship.DIRECTOR);
    assertThat(recorded.hashCode()).isEqualTo(hash);
    assertThatThrownBy(() -> recorded.value().add(Relationship.PROMOTER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCallersSetChangedAfterwardsChangesNothingAndOrderIsKept() {
    Set<FederalExemption> set = EnumSet.of(FederalExemption.RULE_504, FederalExemption.RULE_506_B);
    Recorded<Set<FederalExemption>> recorded = Recorded.of(set);
    set.clear();
    assertThat(recorded.value()).containsExactly(FederalExemption.RULE_504, FederalExemption.RULE_506_B);
    assertThat(recorded).isEqualTo(Recorded.of(EnumSet.of(FederalExemption.RULE_504, FederalExemption.RULE_506_B)));
  }

  @Test
  void notRecordedDiffersFromRecordedEmpty() {
    assertThat(Recorded.<List<Relationship>>notRecorded()).isNotEqualTo(Recorded.of(List.of()));
    assertThatThrownBy(() -> Recorded.of(null)).isInstanceOf(NullPointerException.class);
  }
}
