package io.formd.core.model;

/**
 * A value of one of the closed code lists of the SEC Form D XML schema. Every such list is an enum
 * implementing this interface, with a static {@code fromEdgar(String)} lookup that fails with an
 * {@link UnknownCodeException} naming the value and the list.
 */
public interface EdgarCode {

  /** @return the exact string EDGAR XML writes for this value */
  String edgarCode();

  /** @return the label the form shows for this value */
  String label();
}
