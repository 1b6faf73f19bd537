package io.formd.json;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a trusted test document into an {@link XmlNode} tree, so that tests can compare two documents
 * element by element ({@link XmlComparison}). Not for untrusted input: the library reads with
 * {@link io.formd.json.xml.EdgarXmlReader}.
 */
final class XmlTreeParser {

  private static final XMLInputFactory FACTORY = new WstxInputFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private XmlTreeParser() {}

  static XmlNode parse(byte[] bytes) throws XMLStreamException {
    XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    Deque<XmlNode> stack = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    XmlNode root = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT: {
          XmlNode node = new XmlNode(reader.getLocalName());
          if (stack.isEmpty()) {
            root = node;
          } else {
            stack.peek().children.add(node);
          }
          stack.push(node);
          text.setLength(0);
          break;
        }
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          text.append(reader.getText());
          break;
        case XMLStreamConstants.END_ELEMENT: {
          XmlNode node = stack.pop();
          if (node.children.isEmpty()) {
            node.text = text.toString().trim();
          }
          text.setLength(0);
          break;
        }
        default:
          break;
      }
    }
    return root;
  }
}
