package io.formd.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.json.FormDXml;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same suite for every Bean Validation provider: subclasses give the validator. */
abstract class ValidFormDContract {

  abstract Validator validator();

  /** The message a provider reports for a finding (Hibernate Validator applies the test bundle's override). */
  abstract String expectedMessage(Finding finding);

  /** A user's request body. */
  static final class Request {
    @NotNull
    @ValidFormD
    FormD filing;

    List<@ValidFormD FormD> amendments = new ArrayList<>();

    Request(FormD filing) {
      this.filing = filing;
    }
  }

  /** A request that reports warnings and remarks too. */
  static final class StrictRequest {
    @ValidFormD(minimumSeverity = Severity.INFO)
    FormD filing;

    StrictRequest(FormD filing) {
      this.filing = filing;
    }
  }

  /** A service's draft: judged as the submission EDGAR is about to receive, whatever the draft holds. */
  static final class DraftRequest {
    @ValidFormD(profile = Dialect.SUBMISSION)
    FormD filing;

    DraftRequest(FormD filing) {
      this.filing = filing;
    }
  }

  /** A user's outer object that cascades into the request. */
  static final class Envelope {
    @Valid
    Request request;

    Envelope(Request request) {
      this.request = request;
    }
  }

  /** Standard constraints on amounts. */
  static final class Limits {
    @DecimalMax("5000000")
    UsdAmount raised;

    @DecimalMax("5000000")
    OfferingAmount offering;

    Limits(UsdAmount raised, OfferingAmount offering) {
      this.raised = raised;
      this.offering = offering;
    }
  }

  static List<String> fixtureNames() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(ValidFormDContract.class.getResource("/fixtures").toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
          .collect(Collectors.toList());
    } catch (FileSystemNotFoundException e) {
      return fixtureNamesFromJar();
    }
  }

  private static List<String> fixtureNamesFromJar() throws IOException, URISyntaxException {
    try (FileSystem fs = FileSystems.newFileSystem(
        ValidFormDContract.class.getResource("/fixtures").toURI(), Map.of());
        Stream<Path> files = Files.list(fs.getPath("/fixtures"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
          .collect(Collectors.toList());
    }
  }

  static Stream<String> breakableRules() {
    return RuleSets.builtIn().rules().stream().map(Rule::id)
        .filter(id -> !FakeFilings.unbreakableRules().containsKey(id));
  }

  @Test
  void theSeedHasNoViolation() {
    assertThat(validator().validate(new Request(Altiris2003.filing()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureNames")
  void everyAcceptedEdgarFilingHasNoViolation(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
      FormD filing = FormDXml.read(in);
      assertThat(validator().validate(new Request(filing))).as(name).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableRules")
  void aFilingBrokenByOneRuleYieldsExactlyOneViolationNamingIt(String ruleId) {
    FormD broken = FakeFilings.seeded(3).brokenBy(ruleId);
    Set<ConstraintViolation<StrictRequest>> violations = new HashSet<>(validator().validate(
        new StrictRequest(broken)));
    // A generated submission is signed in the past: judged as filed today, a new notice is late too (true).
    violations.removeIf(v -> Dialect.of(broken) == Dialect.SUBMISSION
        && FormDViolations.ruleId(v).filter("D-TIME-NEW-NOTICE-15D"::equals).isPresent());
    assertThat(violations).as(ruleId).hasSize(1);
    ConstraintViolation<StrictRequest> violation = violations.iterator().next();
    Finding finding = FormDViolations.findingOf(violation).orElseThrow();
    assertThat(finding.ruleId()).isEqualTo(ruleId);
    assertThat(FormDViolations.ruleId(violation)).contains(ruleId);
    assertThat(FormDViolations.severity(violation)).contains(finding.severity());
    assertThat(finding.severity()).isEqualTo(RuleSets.builtIn().rule(ruleId).get()
        .severity(Dialect.of(broken)));
    assertThat(violation.getPropertyPath().toString())
        .isEqualTo(finding.path().isEmpty() ? "filing" : "filing." + finding.path());
    assertThat(violation.getMessage()).isEqualTo(expectedMessage(finding));
  }

  @Test
  void aDraftWithAnIssuerNameIsJudgedAsASubmissionWhenTheProfileSaysSo() throws Exception {
    ElectronicFormD published;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixtureNames().get(0))) {
      published = FormDXml.read(in);
    }
    // Item 13 that does not add up: the issuer name makes the draft read as published, where it is a WARNING.
    ElectronicFormD draft = published.withOffering(published.offering().withAmounts(
        published.offering().amounts().withTotalRemaining(OfferingAmount.of(1))));
    assertThat(Dialect.of(draft)).isEqualTo(Dialect.DISSEMINATED);
    assertThat(validator().validate(new Request(draft))).isEmpty();
    assertThat(validator().validate(new DraftRequest(draft))).extracting(v -> FormDViolations.ruleId(v).orElseThrow())
        .contains("D-ARITH-REMAINING");
    assertThat(validator().validate(new DraftRequest(published))).extracting(v -> FormDViolations.ruleId(v)
        .orElseThrow()).doesNotContain("D-ARITH-REMAINING");
  }

  @Test
  void warningsDoNotMakeAFilingInvalidByDefault() {
    FormD warned = FakeFilings.seeded(3).brokenBy("D-XREF-3C-UMBRELLA");
    assertThat(validator().validate(new Request(warned))).isEmpty();
    assertThat(validator().validate(new StrictRequest(warned))).hasSize(1);
  }

  @Test
  void pathsIntoListsCarryTheIndex() {
    FormD broken = FakeFilings.seeded(5).brokenBy("D-XSD-CRD-NUMBER");
    ConstraintViolation<Request> violation = validator().validate(new Request(broken)).iterator().next();
    assertThat(violation.getPropertyPath().toString())
        .isEqualTo("filing.offering.salesCompensationRecipients[0].crdNumber");
  }

  @Test
  void aCascadedValidReachesFilingsInAListWithTheirIndex() {
    Request request = new Request(Altiris2003.filing());
    // A filer's submission: the remaining amount not adding up is an ERROR there (a WARNING on a published copy).
    FormD broken = FakeFilings.seeded(8, FakeConfig.builder()
        .edition(Edition.ELECTRONIC).dialect(Dialect.SUBMISSION).build())
        .brokenBy("D-ARITH-REMAINING");
    request.amendments = List.of(Altiris2003.filing(), broken);
    Set<ConstraintViolation<Envelope>> violations = validator().validate(new Envelope(request));
    assertThat(violations).hasSize(1);
    ConstraintViolation<Envelope> violation = violations.iterator().next();
    // A constraint on a type argument (List<@ValidFormD FormD>) adds Bean Validation's container element node.
    assertThat(violation.getPropertyPath().toString())
        .isEqualTo("request.amendments[1].<list element>.offering.amounts.totalRemaining");
    assertThat(FormDViolations.ruleId(violation)).contains("D-ARITH-REMAINING");
  }

  @Test
  void nullIsValidAndNotNullSaysSo() {
    Request request = new Request(null);
    Set<ConstraintViolation<Request>> violations = validator().validate(request);
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getConstraintDescriptor().getAnnotation()).isInstanceOf(NotNull.class);
    assertThat(FormDViolations.ruleId(violations.iterator().next())).isEmpty();
  }

  @Test
  void standardConstraintsApplyToAmounts() {
    assertThat(validator().validate(new Limits(UsdAmount.of(4_000_000), OfferingAmount.of(5_000_000)))).isEmpty();
    assertThat(validator().validate(new Limits(UsdAmount.of(6_000_000), OfferingAmount.INDEFINITE)))
        .extracting(v -> v.getPropertyPath().toString()).containsExactly("raised");
    assertThat(validator().validate(new Limits(UsdAmount.of(1), OfferingAmount.of(7_000_000))))
        .extracting(v -> v.getPropertyPath().toString()).containsExactly("offering");
  }

  @Test
  void hostileTextInAFindingIsReportedLiterallyNeverInterpolated() {
    FormD broken = FakeFilings.seeded(9).brokenBy("D-XSD-SCHEMA-VERSION");
    ElectronicFormD hostile = ElectronicFormD.builder()
        .from((ElectronicFormD) broken).schemaVersion("${1+1}{x}").build();
    ConstraintViolation<StrictRequest> violation = validator().validate(new StrictRequest(hostile)).iterator().next();
    assertThat(violation.getMessage()).contains("'${1+1}{x}'");
  }
}
