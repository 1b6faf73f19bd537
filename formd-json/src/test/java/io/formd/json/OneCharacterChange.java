package io.formd.json;

import java.util.Random;

/** For properties over damaged documents: one character changed, inserted or removed, at a random place. */
public final class OneCharacterChange {

  private OneCharacterChange() {}

  /**
   * @param text a document
   * @param random where the change, its kind and its character come from
   * @param alphabet the characters to change to or insert
   * @return the document with one character changed, inserted or removed
   */
  public static String of(String text, Random random, String alphabet) {
    StringBuilder changed = new StringBuilder(text);
    int at = random.nextInt(text.length());
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    switch (random.nextInt(3)) {
      case 0:
        changed.setCharAt(at, c);
        break;
      case 1:
        changed.insert(at, c);
        break;
      default:
        changed.deleteCharAt(at);
        break;
    }
    return changed.toString();
  }
}
