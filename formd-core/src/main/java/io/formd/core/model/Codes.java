package io.formd.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookup tables for the {@link EdgarCode} enums. Readers look a code up for almost every element, on strings
 * fresh from a parser (whose hash is not yet cached), so the table avoids hashing where it can: two-character
 * codes of digits and capitals (states and countries) index an array directly, short lists are scanned, and
 * only long lists of longer codes use a hash map.
 */
final class Codes<E extends Enum<E> & EdgarCode> {

  private static final int RADIX = 36;
  private static final int SCAN_AT_MOST = 24;

  private final String codeList;
  private final List<String> allowed;
  /** Two-character codes by {@link #slot}, or null. */
  private final E[] byTwoCharacters;
  /** The codes and values of a short list, scanned, or null. */
  private final String[] codes;
  private final E[] values;
  /** Everything else. */
  private final Map<String, E> byCode;

  private Codes(String codeList, E[] values) {
    this.codeList = codeList;
    Map<String, E> map = new HashMap<>();
    List<String> list = new ArrayList<>();
    boolean twoCharacters = true;
    for (E value : values) {
      String code = value.edgarCode();
      if (map.put(code, value) != null) {
        throw new IllegalStateException("duplicate code " + code + " in " + codeList);
      }
      list.add(code);
      twoCharacters &= code.length() == 2 && slot(code) >= 0;
    }
    this.allowed = Collections.unmodifiableList(list);
    if (twoCharacters) {
      // copyOf makes an array of the enum type (a generic array cannot be created); emptied, then filled.
      this.byTwoCharacters = Arrays.copyOf(values, RADIX * RADIX);
      Arrays.fill(byTwoCharacters, null);
      for (E value : values) {
        byTwoCharacters[slot(value.edgarCode())] = value;
      }
      this.codes = null;
      this.values = null;
      this.byCode = null;
    } else if (values.length <= SCAN_AT_MOST) {
      this.byTwoCharacters = null;
      this.codes = list.toArray(new String[0]);
      this.values = values.clone();
      this.byCode = null;
    } else {
      this.byTwoCharacters = null;
      this.codes = null;
      this.values = null;
      this.byCode = map;
    }
  }

  static <E extends Enum<E> & EdgarCode> Codes<E> of(String codeList, E[] values) {
    return new Codes<>(codeList, values);
  }

  /** @return the table index of a two-character code of digits and capitals, or -1 */
  private static int slot(String code) {
    int first = digit(code.charAt(0));
    int second = digit(code.charAt(1));
    return first < 0 || second < 0 ? -1 : first * RADIX + second;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
  }

  E lookup(String code) {
    E value = code == null ? null : find(code);
    if (value == null) {
      throw new UnknownCodeException(String.valueOf(code), codeList, allowed);
    }
    return value;
  }

  /** @return whether {@link #lookup} would give a value for the code */
  boolean contains(String code) {
    return code != null && find(code) != null;
  }

  private E find(String code) {
    if (byTwoCharacters != null) {
      int slot = code.length() == 2 ? slot(code) : -1;
      return slot < 0 ? null : byTwoCharacters[slot];
    }
    if (codes != null) {
      for (int i = 0; i < codes.length; i++) {
        if (codes[i].equals(code)) {
          return values[i];
        }
      }
      return null;
    }
    return byCode.get(code);
  }
}
