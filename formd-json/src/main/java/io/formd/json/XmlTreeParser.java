package io.formd.json;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Parses EDGAR XML bytes into an {@link XmlNode} tree, safely: no DTD, no external entity, no entity
 * expansion, bounded depth, text and document size (Woodstox's own limits, set explicitly).
 */
final class XmlTreeParser {

  /** Form D nests six deep; anything past this is not a Form D. */
  static final int MAX_DEPTH = 32;
  static final int MAX_TEXT = 64 * 1024;

  private static final XMLInputFactory FACTORY = createFactory();

  private XmlTreeParser() {}

  private static XMLInputFactory createFactory() {
    WstxInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH + 1);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 4096);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 32);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, 1_000_000L);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused: formd never reads files or the network");
    });
    return factory;
  }

  /**
   * @param bytes the document, after any leading whitespace
   * @param offsetLines lines skipped before {@code bytes} began (for honest line numbers)
   * @return the root element
   */
  static XmlNode parse(byte[] bytes, int offsetLines) throws FormDReadException {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
      XMLStreamReader2 reader2 = (XMLStreamReader2) reader;
      XmlNode.Source source = new XmlNode.Source(bytes, offsetLines);
      Deque<XmlNode> stack = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      boolean textSeen = false;
      XmlNode root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            throw error("a document type declaration (DTD) is not allowed in a Form D", reader.getLocation(), offsetLines);
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw error("entity reference &" + reader.getLocalName() + "; is not allowed (only the five XML "
                + "entities and character references are)", reader.getLocation(), offsetLines);
          case XMLStreamConstants.START_ELEMENT: {
            XmlNode node = new XmlNode(reader.getLocalName(), source, reader2.getLocationInfo().getStartingCharOffset());
            if (stack.isEmpty()) {
              if (root != null) {
                throw error("a second root element <" + node.name + ">", reader.getLocation(), offsetLines);
              }
              root = node;
            } else {
              XmlNode parent = stack.peek();
              if (textSeen) {
                throw error("text '" + shorten(text.toString().trim()) + "' mixed with elements in <" + parent.name + ">",
                    reader.getLocation(), offsetLines);
              }
              parent.children.add(node);
            }
            if (stack.size() >= MAX_DEPTH) {
              throw error("elements nest deeper than " + MAX_DEPTH + " levels; a Form D nests six", reader.getLocation(),
                  offsetLines);
            }
            stack.push(node);
            text.setLength(0);
            textSeen = false;
            break;
          }
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE: {
            // EDGAR documents are indented: most text events are whitespace, which Woodstox already knows.
            if (textSeen || !reader.isWhiteSpace()) {
              textSeen = true;
              text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
            break;
          }
          case XMLStreamConstants.END_ELEMENT: {
            XmlNode node = stack.pop();
            if (node.children.isEmpty()) {
              node.text = textSeen ? text.toString().trim() : "";
            } else if (textSeen) {
              throw error("text '" + shorten(text.toString().trim()) + "' mixed with elements in <" + node.name + ">",
                  reader.getLocation(), offsetLines);
            }
            text.setLength(0);
            textSeen = false;
            break;
          }
          default:
            break;
        }
      }
      if (root == null) {
        throw FormDReadException.atXml("the document has no root element; expected <edgarSubmission>", 0, 0, null);
      }
      return root;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int newline = message.indexOf("\n at [");
      message = newline > 0 ? message.substring(0, newline) : message;
      message = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      throw FormDReadException.atXml("malformed XML: " + message.trim(),
          at == null ? 0 : at.getLineNumber() + offsetLines, at == null ? 0 : at.getColumnNumber(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the in-memory stream
        }
      }
    }
  }

  private static FormDReadException error(String problem, Location at, int offsetLines) {
    return FormDReadException.atXml(problem, at.getLineNumber() + offsetLines, at.getColumnNumber(), null);
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
