package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

  @Test
  void oneRuleSetValidatingInParallelGivesWhatItGivesInSequence() {
    FakeFilings fakes = FakeFilings.seeded(21);
    List<FormD> filings = new ArrayList<>();
    String[] rules = {"D-ARITH-REMAINING", "D-XSD-ZIP", "D-ARITH-PAPER-C5-GRAND-TOTAL", "D-XREF-3C-UMBRELLA"};
    for (int i = 0; i < 400; i++) {
      filings.add(i % 2 == 0 ? fakes.next() : fakes.brokenBy(rules[i % rules.length]));
    }
    RuleSet shared = RuleSets.builtIn();
    List<List<Finding>> sequential = filings.stream().map(f -> shared.validate(f).findings())
        .collect(Collectors.toList());
    List<List<Finding>> parallel = filings.parallelStream().map(f -> shared.validate(f).findings())
        .collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.stream().filter(l -> !l.isEmpty()).count()).isEqualTo(200);
  }

  /**
   * Issue 29, item 6: one shared rule set with a custom, re-entrant rule (it validates the filing again with the same
   * rule set) and a lookup that throws on about a tenth of the CIKs, on eight threads, gives exactly what one thread
   * gives: findings and skipped checks alike.
   */
  @Test
  void aSharedRuleSetWithACustomRuleAndAFailingLookupGivesOnManyThreadsWhatItGivesOnOne() throws Exception {
    EdgarLookup flaky = new EdgarLookup() {
      @Override
      public Optional<Company> company(String cik) {
        if (cik.hashCode() % 10 == 0) {
          throw new IllegalStateException("EDGAR timed out for " + cik);
        }
        return Optional.of(new Company(cik, "Issuer " + cik, Optional.empty()));
      }

      @Override
      public boolean credentialsMatch(String cik, String ccc) {
        return cik.hashCode() % 7 != 0;
      }

      @Override
      public Optional<AcceptedFiling> filing(String accessionNumber) {
        if (accessionNumber.hashCode() % 10 == 1) {
          throw new IllegalStateException("EDGAR refused " + accessionNumber);
        }
        return Optional.empty();
      }
    };
    RuleSet[] self = new RuleSet[1];
    Rule reentrant = Rule.builder("ACME-REENTRANT").severity(Severity.INFO).citation("ACME house rule 9")
        .summary("counts the filing's own findings").check((f, c, r) -> {
          if (f.edition() != Edition.PAPER
              && self[0].without("ACME-REENTRANT").validate(f).findings().size() > 3) {
            r.report("", "more than three findings");
          }
        }).build();
    RuleSet shared = RuleSets.builtIn().withLookup(flaky).with(reentrant);
    self[0] = shared;
    FakeFilings fakes = FakeFilings.seeded(29);
    List<FormD> filings = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      filings.add(fakes.next());
    }
    List<String> sequential = filings.stream().map(f -> describe(shared.validate(f))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (FormD f : filings) {
        futures.add(pool.submit(() -> describe(shared.validate(f))));
      }
      List<String> parallel = new ArrayList<>();
      for (Future<String> future : futures) {
        parallel.add(future.get());
      }
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).anyMatch(d -> d.contains("EDGAR_RECORDS_FAILED"))
        .anyMatch(d -> d.contains("ACME-REENTRANT"));
  }

  private static String describe(ValidationReport report) {
    return report.findings() + " skipped " + report.skippedChecks();
  }
}
