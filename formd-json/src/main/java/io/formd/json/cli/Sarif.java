package io.formd.json.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.formd.core.model.Edition;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.Severity;
import io.formd.json.SourcePosition;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code formd validate --format sarif}: the report as one SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format), which code-scanning dashboards read. One run; the tool's driver lists every rule of the rule
 * set (id, summary, citation, severity, editions, dates in force); each finding is a result with its rule, level,
 * message, the file with line and column, and the model path as a logical location. A file that cannot be read is
 * a tool execution notification of level error, with its position where the reader knew it.
 */
final class Sarif {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/formd/formd";

  private Sarif() {}

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** @return the file as a SARIF artifact URI: relative paths stay relative, with forward slashes */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toString();
    }
    String path = file.toString().replace(File.separatorChar, '/');
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  static void write(PrintWriter out, RuleSet rules, List<ValidateCommand.Outcome> reports,
      List<ValidateCommand.Outcome> unreadable)
      throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    Map<String, Integer> artifactIndex = new LinkedHashMap<>();
    for (ValidateCommand.Outcome r : reports) {
      artifactIndex.putIfAbsent(uri(r.file()), artifactIndex.size());
    }
    for (ValidateCommand.Outcome u : unreadable) {
      artifactIndex.putIfAbsent(uri(u.file()), artifactIndex.size());
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "formd");
      g.writeStringField("informationUri", INFORMATION_URI);
      String version = FormdCommand.version();
      g.writeStringField("semanticVersion", version.substring(version.indexOf(' ') + 1));
      g.writeArrayFieldStart("rules");
      for (Rule rule : rules.rules()) {
        ruleIndex.put(rule.id(), ruleIndex.size());
        rule(g, rule);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("artifacts");
      for (String uri : artifactIndex.keySet()) {
        g.writeStartObject();
        g.writeObjectFieldStart("location");
        g.writeStringField("uri", uri);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("results");
      for (ValidateCommand.Outcome r : reports) {
        String uri = uri(r.file());
        for (Finding f : r.report().findings()) {
          result(g, f, uri, artifactIndex.get(uri), ruleIndex.get(f.ruleId()), r.sourceMap().locate(f.path()));
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", unreadable.isEmpty());
      g.writeArrayFieldStart("toolExecutionNotifications");
      // One notification for each problem of an unreadable file, each at its place: a draft's bad values all show.
      for (ValidateCommand.Outcome u : unreadable) {
        for (ValidateCommand.Problem problem : u.problems()) {
          g.writeStartObject();
          g.writeStringField("level", "error");
          g.writeObjectFieldStart("message");
          g.writeStringField("text", "cannot be read: " + problem.message());
          g.writeEndObject();
          g.writeArrayFieldStart("locations");
          physical(g, uri(u.file()), artifactIndex.get(uri(u.file())), Optional.ofNullable(problem.at()), null);
          g.writeEndArray();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void rule(JsonGenerator g, Rule rule) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", rule.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", rule.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", rule.summary() + ". Source: " + rule.citation());
    g.writeEndObject();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", "Checks that " + rule.summary() + ". Source: " + rule.citation() + ". Severity "
        + rule.severity() + "; applies to the " + editions(rule) + " form"
        + rule.from().map(d -> ", from " + d).orElse("") + rule.until().map(d -> ", until " + d).orElse("") + ".");
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(rule.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("citation", rule.citation());
    g.writeStringField("basis", rule.basis().label());
    g.writeArrayFieldStart("editions");
    for (Edition e : rule.editions()) {
      g.writeString(e.name().toLowerCase(Locale.ROOT));
    }
    g.writeEndArray();
    if (rule.from().isPresent()) {
      g.writeStringField("inForceFrom", rule.from().get().toString());
    }
    if (rule.until().isPresent()) {
      g.writeStringField("inForceUntil", rule.until().get().toString());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String editions(Rule rule) {
    return rule.editions().size() == 2 ? "paper and electronic"
        : rule.editions().contains(Edition.PAPER) ? "paper" : "electronic";
  }

  private static void result(JsonGenerator g, Finding f, String uri, int artifact, Integer ruleIndex,
      Optional<SourcePosition> at) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.place().map(p -> p + ": ").orElse("") + f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    physical(g, uri, artifact, at, f.path());
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("citation", f.citation());
    g.writeStringField("basis", f.basis().label());
    g.writeStringField("path", f.path());
    if (f.place().isPresent()) {
      g.writeStringField("place", f.place().get());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void physical(JsonGenerator g, String uri, int artifact, Optional<SourcePosition> at, String path)
      throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeNumberField("index", artifact);
    g.writeEndObject();
    if (at.isPresent()) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", at.get().line());
      g.writeNumberField("startColumn", at.get().column());
      g.writeEndObject();
    }
    g.writeEndObject();
    if (path != null && !path.isEmpty()) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("fullyQualifiedName", path);
      g.writeStringField("kind", "member");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
