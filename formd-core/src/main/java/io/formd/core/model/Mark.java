package io.formd.core.model;

/**
 * The state of one check box on the paper form.
 *
 * <p>{@link #NOT_RECORDED} is distinct from {@link #UNCHECKED}: a text transcription of a paper filing (such
 * as the Altiris seed) often loses its check marks, and the model must not guess them
 * (the paper Form D, OMB 3235-0076).
 */
public enum Mark {
  /** The box is checked. */
  CHECKED,
  /** The box is visibly unchecked. */
  UNCHECKED,
  /** The source does not tell whether the box was checked. */
  NOT_RECORDED;

  /** @return true only for {@link #CHECKED} */
  public boolean isChecked() {
    return this == CHECKED;
  }

  /** @return true unless {@link #NOT_RECORDED} */
  public boolean isRecorded() {
    return this != NOT_RECORDED;
  }

  /**
   * @param checked whether the box is checked
   * @return {@link #CHECKED} or {@link #UNCHECKED}
   */
  public static Mark of(boolean checked) {
    return checked ? CHECKED : UNCHECKED;
  }
}
