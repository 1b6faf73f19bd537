package io.formd.core.fake;

import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.rules.EdgarCalendar;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleIds;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fake Form D filings for tests: realistic, the same for the same seed on every JVM, OS and run, valid under
 * {@code RuleSets.builtIn()} (as of their own signature date), or broken by exactly one chosen rule.
 *
 * <pre>{@code
 * FakeFilings fakes = FakeFilings.seeded(42);
 * ElectronicFormD filing = fakes.nextElectronic();       // no finding at all under the built-in rules
 * FormD broken = fakes.brokenBy("D-ARITH-REMAINING");    // findings are exactly that rule's
 * }</pre>
 *
 * <h2>Stability promise</h2>
 * For a given seed, configuration and {@link #OUTPUT_VERSION}, the sequence of filings is fixed: it depends on
 * no JDK random-number internals, locale, time zone or clock. A change to the output for any seed is a
 * versioned event: {@link #OUTPUT_VERSION} is raised and the change is noted in the release notes.
 *
 * <p>An instance is a sequence and is not thread-safe; create one per thread (they are cheap).
 */
public final class FakeFilings {

  /** The version of the generated output; raised whenever the filings produced for some seed change. */
  public static final int OUTPUT_VERSION = 2;

  private static final int MAX_ATTEMPTS = 2_000;
  private static final Map<String, Breakers.Breaker> BREAKERS = Breakers.all();
  private static final String LOOKUP = "it compares the filing with EDGAR's records, which are not part of the "
      + "filing: give RuleSet.withLookup an EdgarLookup to test it";
  private static final String DOCUMENT = "it judges the XML document as read (its declaration, processing "
      + "instructions, order of elements), which a filing built in memory does not have and no writer produces: read a "
      + "document with FormDXml.read to test it";

  private static final Map<String, String> UNBREAKABLE = Map.of(
      "D-TIME-NEW-NOTICE-15D", "it compares the date of first sale with the date of filing, which is not part of "
          + "the filing: pass a filing date to RuleSet.validate(filing, filingDate) to test it",
      "D-EDGAR-CIK", LOOKUP, "D-EDGAR-CIK-CCC", LOOKUP, "D-EDGAR-ACCESSION", LOOKUP, "D-EDGAR-ACCESSION-ISSUER", LOOKUP,
      "D-EDGAR-JURISDICTION-ON-FILE", LOOKUP, "D-EDGAR-SIGNATURE-ISSUER-NAME", LOOKUP,
      "D-EDGAR-XML-PROLOG", DOCUMENT, "D-XSD-DOCUMENT-STRUCTURE", DOCUMENT);

  /** Rules whose break, in a submission, is also another rule's: the element is one a submission leaves out. */
  private static final Map<String, String> NOT_IN_A_SUBMISSION = Map.of(
      "D-XSD-SCHEMA-VERSION", "D-SUB-SCHEMA-VERSION (a submission gives no schemaVersion)",
      "D-XSD-ISSUER-NAME", "D-SUB-ENTITY-NAME (a submission gives no issuer name)",
      "D-XSD-JURISDICTION", "D-SUB-JURISDICTION (a submission gives no jurisdiction of incorporation)");

  private final long seed;
  private final Rng rng;
  private final FakeConfig config;
  private final ElectronicGenerator electronic;
  private final PaperGenerator paper;

  private FakeFilings(long seed, FakeConfig config) {
    this.seed = seed;
    this.rng = new Rng(seed);
    this.config = Objects.requireNonNull(config, "config");
    this.electronic = new ElectronicGenerator(rng, config);
    this.paper = new PaperGenerator(rng, config, electronic);
  }

  /**
   * @param seed any number; the same seed gives the same filings
   * @return a sequence of filings of every kind the defaults allow
   */
  public static FakeFilings seeded(long seed) {
    return new FakeFilings(seed, FakeConfig.defaults());
  }

  /**
   * @param seed any number; the same seed and configuration give the same filings
   * @param config what to generate
   * @return a sequence of filings
   */
  public static FakeFilings seeded(long seed, FakeConfig config) {
    return new FakeFilings(seed, config);
  }

  /** @return the seed this sequence started from */
  public long seed() {
    return seed;
  }

  /** @return the configuration */
  public FakeConfig config() {
    return config;
  }

  /** @return the next filing, of the configured edition (both, when none is configured) */
  public FormD next() {
    Edition edition = config.edition().orElseGet(() -> rng.chance(10) ? Edition.PAPER : Edition.ELECTRONIC);
    return edition == Edition.PAPER ? paper.next() : electronic.next();
  }

  /**
   * @return the next electronic filing, whatever the configured edition
   * @throws IllegalStateException if the configured dates leave no room for an electronic filing
   */
  public ElectronicFormD nextElectronic() {
    if (config.untilFor(Edition.ELECTRONIC).isBefore(LocalDate.of(2008, 9, 15))) {
      throw new IllegalStateException("the configured dates end before the electronic form existed (2008-09-15)");
    }
    return electronic.next();
  }

  /**
   * @return the next paper filing, whatever the configured edition
   * @throws IllegalStateException if the configured dates leave no room for a paper filing
   */
  public PaperFormD nextPaper() {
    if (config.fromFor(Edition.PAPER).isAfter(FakeConfig.PAPER_UNTIL)) {
      throw new IllegalStateException("the configured dates start after the paper form was replaced");
    }
    return paper.next();
  }

  /**
   * Validates a generated filing as the generator means it: a submission as filed on the day it is signed, a new
   * notice by its 15-day due date at the latest (judged as filed today, a submission signed in the past is a late
   * notice); a published filing as it is.
   *
   * @param filing a filing
   * @return the built-in rules' report
   */
  public static ValidationReport validateAsSigned(FormD filing) {
    if (Dialect.of(filing) != Dialect.SUBMISSION) {
      return RuleSets.builtIn().validate(filing);
    }
    LocalDate filed = filing.latestSignatureDate().orElse(null);
    if (filed != null && filing instanceof ElectronicFormD && !filing.isAmendment()) {
      // A new notice is filed by its due date at the latest: a signature after it is then in the future.
      LocalDate due = ((ElectronicFormD) filing).offering().typeOfFiling().dateOfFirstSale()
          .map(sale -> EdgarCalendar.standard().onOrAfter(sale.plusDays(15))).orElse(filed);
      filed = due.isBefore(filed) ? due : filed;
    }
    return RuleSets.builtIn().validate(filing, filed);
  }

  /**
   * A filing that breaks exactly one built-in rule: its findings under {@code RuleSets.builtIn()} are that
   * rule's and no other's. Each call draws from this sequence, so the result is reproducible by seed.
   *
   * @param id the id of a built-in rule, in any case ({@link RuleIds} has them)
   * @return the broken filing
   * @throws IllegalArgumentException if the id is not a built-in rule, or is one of {@link #unbreakableRules()}, or
   *     this sequence makes submissions ({@link FakeConfig#dialect()}) and the rule cannot apply to one (a paper
   *     rule, a rule of published filings only, a rule of dates before today's codes), saying which
   */
  /** The rule's breaker, or a refusal that says whether the rule exists. */
  private static Breakers.Breaker breaker(String ruleId) {
    Breakers.Breaker breaker = BREAKERS.get(ruleId);
    if (breaker != null) {
      return breaker;
    }
    if (RuleSets.builtIn().rule(ruleId).isPresent()) {
      throw new IllegalArgumentException("built-in rule " + ruleId + " has no breaker: the generator cannot yet make "
          + "a filing that breaks it alone (a bug in formd: every built-in rule has a breaker or is unbreakable)");
    }
    throw new IllegalArgumentException("no built-in rule " + ruleId + " (see RuleSets.builtIn().rules())");
  }

  public FormD brokenBy(String id) {
    String ruleId = RuleIds.canonical(Objects.requireNonNull(id, "ruleId"));
    FakeConfig wanted = baseFor(ruleId, config);
    Breakers.Breaker breaker = BREAKERS.get(ruleId);
    FakeFilings bases = new FakeFilings(rng.nextLong(), wanted);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      FormD base = bases.next();
      FormD broken = breaker.change.apply(base);
      if (broken == null) {
        continue;
      }
      Set<String> fired = new TreeSet<>();
      validateAsSigned(broken).findings().forEach(f -> fired.add(f.ruleId()));
      if (fired.equals(Set.of(ruleId))) {
        return broken;
      }
    }
    throw new IllegalStateException("could not break " + ruleId + " alone in " + MAX_ATTEMPTS + " generated filings");
  }

  /**
   * Breaks one rule in a given filing, when that rule's one change can be made to it and breaks that rule alone.
   *
   * @param base a filing, typically one of a sequence's {@link #next()}
   * @param id the id of a built-in rule, in any case
   * @return the filing broken by exactly that rule, or empty if this filing cannot be broken that way (the rule
   *     needs another kind of filing: a fund, an amendment, another date)
   * @throws IllegalArgumentException if the id is not a built-in rule, or is one of {@link #unbreakableRules()}
   */
  public static Optional<FormD> brokenFrom(FormD base, String id) {
    Objects.requireNonNull(base, "base");
    String ruleId = RuleIds.canonical(Objects.requireNonNull(id, "ruleId"));
    if (UNBREAKABLE.containsKey(ruleId)) {
      throw new IllegalArgumentException("rule " + ruleId + " cannot be broken by a filing alone: "
          + UNBREAKABLE.get(ruleId));
    }
    Breakers.Breaker breaker = breaker(ruleId);
    if (!RuleSets.builtIn().rule(ruleId).orElseThrow().editions().contains(base.edition())) {
      return Optional.empty();
    }
    FormD broken;
    try {
      broken = breaker.change.apply(base);
    } catch (RuntimeException notThisKind) {
      // A breaker assumes the kind of filing its configuration makes (a fund's information, an amendment's number).
      return Optional.empty();
    }
    if (broken == null) {
      return Optional.empty();
    }
    Set<String> fired = new TreeSet<>();
    validateAsSigned(broken).findings().forEach(f -> fired.add(f.ruleId()));
    return fired.equals(Set.of(ruleId)) ? Optional.of(broken) : Optional.empty();
  }

  /**
   * The breaker's base as a submission, when the rule can be broken in one: it checks the electronic form under the
   * submission profile, and it is in force on the dates a submission is signed (today's codes and limits).
   */
  private static FakeConfig asSubmission(String ruleId, FakeConfig base) {
    Rule rule = RuleSets.builtIn().rule(ruleId).orElseThrow();
    String why = NOT_IN_A_SUBMISSION.get(ruleId);
    if (why != null) {
      why = "breaking it in a submission also breaks " + why;
    } else if (!rule.profiles().contains(Dialect.SUBMISSION)) {
      why = "it checks only published filings";
    } else if (base.edition().orElse(null) == Edition.PAPER
        || !rule.editions().contains(Edition.ELECTRONIC)) {
      why = "its break is made on the paper form, which has no submission dialect";
    } else if (base.signedUntil().filter(d -> d.isBefore(FakeConfig.SUBMISSION_FROM)).isPresent()
        || rule.until().filter(d -> d.isBefore(LocalDate.of(2026, 1, 1))).isPresent()) {
      why = "it concerns filings signed before today's codes and limits, and a submission is judged as of today";
    }
    if (why != null) {
      throw new IllegalArgumentException("rule " + ruleId + " cannot be broken in a submission: " + why);
    }
    return FakeConfig.builder().from(base).dialect(Dialect.SUBMISSION)
        .signedFrom(base.signedFrom().filter(d -> d.isAfter(FakeConfig.SUBMISSION_FROM)))
        .build();
  }

  /**
   * @param config the configuration of a sequence (only its {@link FakeConfig#dialect()} matters: a sequence of
   *     submissions breaks only what a submission can break)
   * @return the ids of the built-in rules {@link #brokenBy} breaks in a sequence of that configuration, in the
   *     catalogue's order
   */
  public static List<String> breakableRules(FakeConfig config) {
    Objects.requireNonNull(config, "config");
    List<String> ids = new ArrayList<>();
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (isBreakable(rule.id(), config)) {
        ids.add(rule.id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * @param id a rule id, in any case
   * @param config the configuration of a sequence
   * @return whether {@link #brokenBy} breaks that rule in a sequence of that configuration
   */
  public static boolean isBreakable(String id, FakeConfig config) {
    try {
      requireBreakable(id, config);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  /**
   * Why {@link #brokenBy} would refuse a rule in a sequence of this configuration, without generating anything.
   *
   * @param id a rule id, in any case
   * @param config the configuration of a sequence
   * @throws IllegalArgumentException naming the reason: no such rule, a rule no filing alone breaks, or one a
   *     submission cannot break
   */
  public static void requireBreakable(String id, FakeConfig config) {
    baseFor(RuleIds.canonical(Objects.requireNonNull(id, "ruleId")), Objects.requireNonNull(config, "config"));
  }

  /**
   * @return the configuration {@link #brokenBy} draws the rule's bases from in a sequence of {@code config}: the
   *     breaker's own, as a submission when the sequence makes submissions
   * @throws IllegalArgumentException if the rule is not one the sequence can break, saying why
   */
  private static FakeConfig baseFor(String ruleId, FakeConfig config) {
    if (UNBREAKABLE.containsKey(ruleId)) {
      throw new IllegalArgumentException("rule " + ruleId + " cannot be broken by a filing alone: "
          + UNBREAKABLE.get(ruleId));
    }
    FakeConfig base = breaker(ruleId).config;
    return config.dialect() == Dialect.SUBMISSION && base.dialect() != Dialect.SUBMISSION
        ? asSubmission(ruleId, base) : base;
  }

  /**
   * @return the built-in rules {@link #brokenBy} refuses, each with the reason a filing alone cannot break it
   */
  public static Map<String, String> unbreakableRules() {
    return UNBREAKABLE;
  }

  /** @return an endless stream of {@link #next()} filings (limit it) */
  public Stream<FormD> stream() {
    return Stream.generate(this::next);
  }
}
