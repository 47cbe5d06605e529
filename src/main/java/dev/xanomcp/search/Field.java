package dev.xanomcp.search;

/** The fields of a section, with their weight and length normalisation (BM25F). */
enum Field {
  TITLE(8.0, 0.3),
  PATH(2.0, 0.3),
  SYMBOLS(3.0, 0.5),
  CODE(1.0, 0.75),
  BODY(1.0, 0.75),
  /** Lines of the topic's overviews about what the section's heading names. */
  SUMMARY(1.5, 0.5),
  /** The first sentence of an endpoint's or a command's section: what it does, in a question's words. */
  LEAD(4.0, 0.5),
  /** The questions the section answers ({@link Asked}): how people word what it covers. */
  ASKED(2.0, 0.5);

  final double weight;
  final double b;

  Field(double weight, double b) {
    this.weight = weight;
    this.b = b;
  }
}
