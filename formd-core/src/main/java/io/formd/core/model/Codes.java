package io.formd.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lookup tables for the {@link EdgarCode} enums. */
final class Codes<E extends Enum<E> & EdgarCode> {

  private final String codeList;
  private final Map<String, E> byCode;
  private final List<String> allowed;

  private Codes(String codeList, E[] values) {
    this.codeList = codeList;
    Map<String, E> map = new HashMap<>();
    List<String> codes = new ArrayList<>();
    for (E value : values) {
      if (map.put(value.edgarCode(), value) != null) {
        throw new IllegalStateException("duplicate code " + value.edgarCode() + " in " + codeList);
      }
      codes.add(value.edgarCode());
    }
    this.byCode = map;
    this.allowed = Collections.unmodifiableList(codes);
  }

  static <E extends Enum<E> & EdgarCode> Codes<E> of(String codeList, E[] values) {
    return new Codes<>(codeList, values);
  }

  E lookup(String code) {
    E value = code == null ? null : byCode.get(code);
    if (value == null) {
      throw new UnknownCodeException(String.valueOf(code), codeList, allowed);
    }
    return value;
  }
}
