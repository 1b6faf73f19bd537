package io.formd.core.model;

import java.util.List;

/**
 * A string that is not a value of the code list it was looked up in. The message names the value, the list
 * (the XSD simple type) and, for short lists, the values allowed.
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the value that was not found */
  private final String value;
  /** @serial the code list looked in */
  private final String codeList;

  UnknownCodeException(String value, String codeList, List<String> allowed) {
    super("'" + value + "' is not a " + codeList + " code"
        + (allowed.size() <= 16 ? "; expected one of " + allowed : " (see the XSD type " + codeList + ")"));
    this.value = value;
    this.codeList = codeList;
  }

  /** @return the value that was not found */
  public String value() {
    return value;
  }

  /** @return the name of the code list (the XSD simple type), e.g. {@code ENTITY_TYPE_TYPE} */
  public String codeList() {
    return codeList;
  }
}
