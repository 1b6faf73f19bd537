package io.formd.json.internal;

import io.formd.json.FormDReadException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems one read has gone past (a value the model cannot hold, read as saying nothing), so that the read names
 * them all at the end, as a compiler names every error in one run; at {@link FormDReadException#MAX_PROBLEMS} the
 * read stops. The XML and the JSON readers keep one each. Belongs to one read.
 */
public final class ReadProblems {

  private List<FormDReadException> list;
  private boolean thrown;

  /** @return how many problems the read has gone past so far */
  public int count() {
    return list == null ? 0 : list.size();
  }

  /**
   * Notes a problem and goes on.
   *
   * @param problem a single problem the read goes past
   * @throws ReadFailure with every problem so far when the bound is reached, or with {@code problem} itself when it
   *     already ended a read (the bound reached in a nested part)
   */
  public void readPast(FormDReadException problem) {
    if (problem.moreNotRead()) {
      throw new ReadFailure(problem);
    }
    if (list == null) {
      list = new ArrayList<>(4);
    }
    if (list.size() == FormDReadException.MAX_PROBLEMS) {
      thrown = true;
      throw new ReadFailure(FormDReadException.of(list, true));
    }
    list.add(problem);
  }

  /** @throws ReadFailure with every problem noted, when there is any: the end of a read */
  public void throwIfAny() {
    if (list != null) {
      thrown = true;
      throw new ReadFailure(FormDReadException.of(list, false));
    }
  }

  /**
   * @param ended the problem that ended the read
   * @return it with the problems gone past before it, in document order; itself when there were none, or when it
   *     is this object's own (from {@link #throwIfAny} or the bound)
   */
  public FormDReadException endedBy(FormDReadException ended) {
    if (list == null || thrown || ended.moreNotRead()) {
      return ended;
    }
    List<FormDReadException> all = new ArrayList<>(list);
    all.add(ended);
    return FormDReadException.of(all, false);
  }
}
