package io.formd.core.states;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Address;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateNoticesTest {

  private static final ElectronicFormD BASE = FakeFilings.seeded(5, FakeConfig.builder().edition(Edition.ELECTRONIC)
      .build()).nextElectronic();

  private static ElectronicFormD with(List<FederalExemption> exemptions, List<SalesCompensationRecipient> recipients) {
    return ElectronicFormD.builder().from(BASE).offering(OfferingData.builder().from(BASE.offering())
        .federalExemptions(exemptions).salesCompensationRecipients(recipients).build()).build();
  }

  private static SalesCompensationRecipient recipient(StatesOfSolicitation states) {
    return SalesCompensationRecipient.builder().name("Harbor Securities LLC").crdNumber("12345")
        .address(Address.builder().street1("1 Main Street").city("Albany").stateOrCountry(StateOrCountry.NEW_YORK)
            .zipCode("12207").build()).statesOfSolicitation(states).foreignSolicitation(false).build();
  }

  @Test
  void rule504AloneIsNotCoveredAndSaysSoAsInfo() {
    StateNotices notices = StateNotices.of(with(List.of(FederalExemption.RULE_504), List.of()));
    assertThat(notices.coveredSecurities()).isFalse();
    assertThat(notices.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("D-STATE-NOT-COVERED");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("not covered securities");
      assertThat(f.citation()).contains("15 U.S.C. 77r(b)(4)(F)");
      assertThat(f.path()).isEqualTo("offering.federalExemptions");
    });
    assertThat(StateNotices.of(with(List.of(FederalExemption.SECTION_4A5), List.of())).findings())
        .extracting(Finding::ruleId).containsExactly("D-STATE-NOT-COVERED");
  }

  @Test
  void rule506IsCoveredAndListsTheStatesOfSolicitationAsAChecklist() {
    ElectronicFormD f = with(List.of(FederalExemption.RULE_504, FederalExemption.RULE_506_B),
        List.of(recipient(StatesOfSolicitation.of(SolicitationState.NY, SolicitationState.NJ))));
    StateNotices notices = StateNotices.of(f);
    assertThat(notices.coveredSecurities()).isTrue();
    assertThat(notices.statesOfSolicitation()).containsExactly(SolicitationState.NJ, SolicitationState.NY);
    assertThat(notices.findings()).singleElement().satisfies(h -> {
      assertThat(h.ruleId()).isEqualTo("D-STATE-NOTICE-STATES");
      assertThat(h.message()).contains("NJ, NY").contains("not where purchasers live");
    });
    StateNotices all = StateNotices.of(with(List.of(FederalExemption.RULE_506_C),
        List.of(recipient(StatesOfSolicitation.all()))));
    assertThat(all.solicitsInAllStates()).isTrue();
    assertThat(all.findings()).singleElement().satisfies(h -> assertThat(h.message()).contains("all states"));
    assertThat(StateNotices.of(with(List.of(FederalExemption.RULE_506_B), List.of())).findings()).isEmpty();
  }

  @Test
  void theHintsAreNotRulesAndPaperFilingsPointAtFilingUnder() {
    assertThat(RuleSets.builtIn().rules()).noneMatch(r -> r.id().startsWith("D-STATE-"));
    PaperFormD paper = FakeFilings.seeded(3, FakeConfig.builder().edition(Edition.PAPER).build())
        .nextPaper();
    assertThat(StateNotices.of(paper).findings()).allMatch(h -> h.path().equals("filingUnder")
        && h.severity() == Severity.INFO);
  }
}
