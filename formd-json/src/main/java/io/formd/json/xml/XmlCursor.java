package io.formd.json.xml;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The little of a StAX reader that {@link EdgarXmlReader} uses: events, names, texts, the root's attributes and
 * where an event starts. Two cursors: {@link ByteXmlCursor}, the fast path over well-formed UTF-8 that gives up on
 * anything it does not read without doubt, and {@link Woodstox}, the parser that decides everything else.
 */
abstract class XmlCursor {

  /** @return the next event, an {@link javax.xml.stream.XMLStreamConstants} value */
  abstract int next() throws XMLStreamException;

  abstract boolean hasNext() throws XMLStreamException;

  /** @return the local name of the element a START_ELEMENT or END_ELEMENT event is on */
  abstract String getLocalName();

  /** @return the text of a CHARACTERS (CDATA, SPACE) event */
  abstract String getText();

  /** Appends the text of a CHARACTERS (CDATA, SPACE) event. */
  abstract void appendText(StringBuilder to);

  abstract boolean isWhiteSpace() throws XMLStreamException;

  /** @return the namespace of the element the cursor is on; by default none (the fast cursors read no namespace) */
  String getNamespaceURI() {
    return null;
  }

  /** @return the element's attributes; by default none (the fast cursors read none: the reader skips xsi's) */
  int getAttributeCount() {
    return 0;
  }

  String getAttributeNamespace(int i) {
    throw new IndexOutOfBoundsException(i);
  }

  String getAttributePrefix(int i) {
    throw new IndexOutOfBoundsException(i);
  }

  String getAttributeLocalName(int i) {
    throw new IndexOutOfBoundsException(i);
  }

  String getAttributeValue(int i) {
    throw new IndexOutOfBoundsException(i);
  }

  /** @return the character offset where the current event starts, from the start of the document read */
  /** @return the target and data of the processing instruction the cursor is on ("xml-stylesheet href=..."). */
  abstract String processingInstruction();

  abstract long offset();

  abstract void close() throws XMLStreamException;

  /** Woodstox's stream reader, as the cursor. */
  static final class Woodstox extends XmlCursor {
    private final XMLStreamReader2 r;

    Woodstox(XMLStreamReader2 r) {
      this.r = r;
    }

    @Override
    int next() throws XMLStreamException {
      return r.next();
    }

    @Override
    boolean hasNext() throws XMLStreamException {
      return r.hasNext();
    }

    @Override
    String getLocalName() {
      return r.getLocalName();
    }

    @Override
    String getText() {
      return r.getText();
    }

    @Override
    void appendText(StringBuilder to) {
      to.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    @Override
    boolean isWhiteSpace() throws XMLStreamException {
      return r.isWhiteSpace();
    }

    @Override
    String getNamespaceURI() {
      return r.getNamespaceURI();
    }

    @Override
    int getAttributeCount() {
      return r.getAttributeCount();
    }

    @Override
    String getAttributeNamespace(int i) {
      return r.getAttributeNamespace(i);
    }

    @Override
    String getAttributePrefix(int i) {
      return r.getAttributePrefix(i);
    }

    @Override
    String getAttributeLocalName(int i) {
      return r.getAttributeLocalName(i);
    }

    @Override
    String getAttributeValue(int i) {
      return r.getAttributeValue(i);
    }

    @Override
    String processingInstruction() {
      String data = r.getPIData();
      return r.getPITarget() + (data == null || data.isEmpty() ? "" : " " + data.trim());
    }

    @Override
    long offset() {
      return r.getLocationInfo().getStartingCharOffset();
    }

    @Override
    void close() throws XMLStreamException {
      r.close();
    }
  }
}
