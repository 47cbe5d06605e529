package dev.xanomcp.files;

/** A path that cannot be checked, with one sentence saying why (and, where it helps, what to pass instead). */
public final class FileProblem extends Exception {
  private static final long serialVersionUID = 1L;

  public FileProblem(String message) {
    super(message);
  }
}
