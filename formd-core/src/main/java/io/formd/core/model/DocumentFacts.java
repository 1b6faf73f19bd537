package io.formd.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader saw in an XML document that the model does not hold: text before the XML declaration, the declared
 * XML version, processing instructions, and the schema violations it read past (elements out of the schema's order,
 * a mandatory element missing where the model holds an empty answer). EDGAR suspends a submission with any of them
 * (EDGAR Form D XML Technical Specification v13 §5.1 rules 4 and 8); the rules judge them under the submission
 * profile. They are kept with the filing read ({@link ElectronicFormD#documentFacts()}), outside its equality: two
 * filings with the same answers are equal however their documents were laid out.
 *
 * @param beforeDeclaration what came before the XML declaration (a blank line from an extraction, say), as written;
 *     empty when nothing did or there is no declaration (a byte-order mark is not text)
 * @param xmlVersion the version the XML declaration gives, when there is one
 * @param processingInstructions each processing instruction but the declaration, as {@code target data}
 * @param schemaProblems the schema violations read past, in document order
 * @param discardedElements in a document read as a submission: the elements it gives that EDGAR discards or replaces
 *     from its records ({@code schemaVersion}, {@code entityName}, {@code jurisdictionOfInc},
 *     {@code edgarPreviousNameList}), which {@code FormDXml.write(filing, Dialect.SUBMISSION)} leaves out
 */
public record DocumentFacts(String beforeDeclaration, Optional<String> xmlVersion, List<String> processingInstructions,
    List<SchemaProblem> schemaProblems, List<String> discardedElements) {

  private static final DocumentFacts NONE = new DocumentFacts("", Optional.empty(), List.of(), List.of(), List.of());

  /**
   * One schema violation a reader read past.
   *
   * @param path the model path of the part concerned (the nearest one without a list index when the part is in a
   *     list); empty for the whole document
   * @param message what is wrong, with the element names and the line
   */
  public record SchemaProblem(String path, String message) {
    /** Checks the parts are given. */
    public SchemaProblem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Copies the lists and checks the parts are given. */
  public DocumentFacts {
    Objects.requireNonNull(beforeDeclaration, "beforeDeclaration");
    Objects.requireNonNull(xmlVersion, "xmlVersion");
    processingInstructions = List.copyOf(processingInstructions);
    schemaProblems = List.copyOf(schemaProblems);
    discardedElements = List.copyOf(discardedElements);
  }

  /**
   * @param elements the elements a submission read gives that EDGAR discards
   * @return facts of a document that gave them, and nothing else to say
   */
  public static DocumentFacts discarding(List<String> elements) {
    return new DocumentFacts("", Optional.empty(), List.of(), List.of(), elements);
  }

  /** @return the facts of a document with nothing to say, or of a filing built in memory */
  public static DocumentFacts none() {
    return NONE;
  }

  /** @return true if there is nothing EDGAR would suspend, warn on or discard */
  public boolean isClean() {
    return beforeDeclaration.isEmpty() && xmlVersion.map("1.0"::equals).orElse(true) && processingInstructions.isEmpty()
        && schemaProblems.isEmpty() && discardedElements.isEmpty();
  }

  /** @return true if the prolog (what comes before the root and the declaration) is as EDGAR wants it */
  public boolean prologIsClean() {
    return beforeDeclaration.isEmpty() && xmlVersion.map("1.0"::equals)
        .orElse(true) && processingInstructions.isEmpty();
  }

  /**
   * @param before what came before the declaration
   * @param version the declared version
   * @return these facts with the declaration's
   */
  public DocumentFacts withDeclaration(String before, Optional<String> version) {
    return new DocumentFacts(before, version, processingInstructions, schemaProblems, discardedElements);
  }
}
