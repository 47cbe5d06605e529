package dev.xanomcp.search;

import dev.xanomcp.render.Call;
import java.util.List;
import java.util.Map;

/**
 * One indexed section, or one name of the language that no section shows: then {@code note}
 * says so and {@code call} reads the closest section. An {@code overview} only sums up or
 * points elsewhere.
 */
record Doc(String api, String topic, String sectionId, String title, String text, String note, Call call, List<String> fields,
    List<Map<String, Integer>> terms, int[] lengths, boolean overview) {}
