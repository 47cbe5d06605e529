package dev.xanomcp.validation;

import java.util.List;

/** The results of one validation, in the order they were made, and notes on what was left out or passed over. */
public record Outcome(List<FileResult> results, List<String> notes) {
  public Outcome {
    results = List.copyOf(results);
    notes = List.copyOf(notes);
  }

  /** Every path was checked and none has an error. */
  public boolean valid() {
    return !results.isEmpty() && results.stream().allMatch(FileResult::valid);
  }

  /** Nothing at all could be checked: every path named was refused (a tool answers this as an error). */
  public boolean checkedNothing() {
    return results.stream().noneMatch(FileResult::wasChecked);
  }
}
