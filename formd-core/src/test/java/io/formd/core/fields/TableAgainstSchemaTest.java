package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The table against the SEC's schema ({@code Form_D.definition.xsd}, X0808, shipped in formd-core): the same
 * elements in the same places and order, the same repeat limits and the same length facets.
 */
class TableAgainstSchemaTest {

  private static final String XS = "http://www.w3.org/2001/XMLSchema";

  /** What the schema says of one element occurrence. */
  static final class Declared {
    String type;
    int maxOccurs = 1;
    int minLength;
    int maxLength;
    String pattern;
  }

  private final Map<String, Element> simpleTypes = new HashMap<>();
  private final Map<String, Element> complexTypes = new HashMap<>();
  private final Map<String, Element> groups = new HashMap<>();
  private final Map<String, Element> topElements = new HashMap<>();
  private final Map<String, Declared> declared = new LinkedHashMap<>();

  private void load(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = getClass().getResourceAsStream("/io/formd/core/xsd/" + file)) {
      Document doc = factory.newDocumentBuilder().parse(in);
      for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element) {
          Element e = (Element) n;
          String name = e.getAttribute("name");
          switch (e.getLocalName()) {
            case "simpleType": simpleTypes.put(name, e); break;
            case "complexType": complexTypes.put(name, e); break;
            case "group": groups.put(name, e); break;
            case "element": topElements.put(name, e); break;
            default: break;
          }
        }
      }
    }
  }

  private void walk(Element element, String parentPath) {
    Element decl = element.hasAttribute("ref") ? topElements.get(element.getAttribute("ref")) : element;
    String name = decl.getAttribute("name");
    String path = parentPath.isEmpty() ? name : parentPath + "/" + name;
    Declared d = new Declared();
    String max = element.getAttribute("maxOccurs");
    d.maxOccurs = max.isEmpty() ? 1 : Integer.parseInt(max);
    d.type = decl.getAttribute("type");
    Element simple = d.type.isEmpty() ? child(decl, "simpleType") : simpleTypes.get(d.type);
    if (simple != null) {
      facets(simple, d);
    }
    declared.put(path, d);
    Element complex = d.type.isEmpty() ? child(decl, "complexType") : complexTypes.get(d.type);
    if (complex != null) {
      particles(complex, path);
    }
  }

  private void particles(Element container, String path) {
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element)) {
        continue;
      }
      Element e = (Element) n;
      switch (e.getLocalName()) {
        case "element": walk(e, path); break;
        case "sequence": case "choice": case "complexContent": particles(e, path); break;
        case "extension":
          particles(complexTypes.get(e.getAttribute("base")), path);
          particles(e, path);
          break;
        case "group": particles(groups.get(e.getAttribute("ref")), path); break;
        default: break;
      }
    }
  }

  private void facets(Element simple, Declared d) {
    Element union = child(simple, "union");
    if (union != null) {
      // BD_NAME_TYPE_200: None, or a name; the name's facets are the limits.
      for (String member : union.getAttribute("memberTypes").split(" ")) {
        if (!member.equals("NONE_TYPE")) {
          facets(simpleTypes.get(member), d);
        }
      }
      return;
    }
    Element restriction = child(simple, "restriction");
    if (restriction == null) {
      return;
    }
    for (Node n = restriction.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        Element f = (Element) n;
        String value = f.getAttribute("value");
        switch (f.getLocalName()) {
          case "minLength": d.minLength = Integer.parseInt(value); break;
          case "maxLength": d.maxLength = Integer.parseInt(value); break;
          case "length": d.minLength = d.maxLength = Integer.parseInt(value); break;
          case "maxInclusive": d.maxLength = value.length(); break;
          case "pattern": d.pattern = value; break;
          default: break;
        }
      }
    }
  }

  private static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && XS.equals(n.getNamespaceURI()) && n.getLocalName().equals(localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  private Map<String, Declared> schema() throws Exception {
    load("Form_D.definition.xsd");
    load("Form_D.definition.state.xsd");
    load("Form_D.definition.solicitation.xsd");
    walk(topElements.get("edgarSubmission"), "");
    return declared;
  }

  @Test
  void theTableHasTheSchemasElementsInTheSchemasOrder() throws Exception {
    List<String> fromSchema = new ArrayList<>(schema().keySet());
    List<String> fromTable = new ArrayList<>();
    for (Field f : FormDFields.electronicRows()) {
      if (f.element().isPresent()) {
        fromTable.add(f.xmlPath());
      }
    }
    assertThat(fromTable).containsExactlyInAnyOrderElementsOf(fromSchema);
    // Order too, but within statesOfSolicitationList, an xs:choice whose alternatives the schema lists as
    // (state, description) | value and §3.4 as value | (state, description).
    fromTable.removeIf(p -> p.contains("/statesOfSolicitationList/"));
    fromSchema.removeIf(p -> p.contains("/statesOfSolicitationList/"));
    assertThat(fromTable).containsExactlyElementsOf(fromSchema);
  }

  @Test
  void repeatLimitsTypesAndLengthsAreTheSchemas() throws Exception {
    Map<String, Declared> schema = schema();
    List<String> differences = new ArrayList<>();
    for (Field f : FormDFields.electronicRows()) {
      Declared d = schema.get(f.xmlPath());
      if (d == null) {
        continue;
      }
      if (d.maxOccurs != f.maxOccurs()) {
        differences.add(f.xmlPath() + " maxOccurs " + d.maxOccurs + " vs " + f.maxOccurs());
      }
      if (!d.type.isEmpty() && !d.type.equals(f.xsdType().orElse(""))) {
        differences.add(f.xmlPath() + " type " + d.type + " vs " + f.xsdType().orElse(""));
      }
      if (f.kind() == Kind.TEXT && (d.minLength != f.minLength() || d.maxLength != f.xsdMaxLength().orElse(0))) {
        differences.add(f.xmlPath() + " length " + d.minLength + ".." + d.maxLength + " vs " + f.minLength() + ".."
            + f.xsdMaxLength().orElse(0));
      }
      if ((f.kind() == Kind.TEXT || f.kind() == Kind.YEAR)
          && !Objects.equals(d.pattern, f.xsdPattern().orElse(null))) {
        differences.add(f.xmlPath() + " pattern " + d.pattern + " vs " + f.xsdPattern().orElse(null));
      }
      if ((f.kind() == Kind.AMOUNT || f.kind() == Kind.COUNT || f.kind() == Kind.OFFERING_AMOUNT)
          && d.maxLength != f.xsdMaxLength().orElse(0)) {
        differences.add(f.xmlPath() + " digits " + d.maxLength + " vs " + f.xsdMaxLength().orElse(0));
      }
    }
    assertThat(differences).isEmpty();
  }
}
