package dev.xanomcp.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints JSON for a reader with a small context window: a value that fits on one short line stays
 * on one line, anything larger is indented. Jackson's pretty printer would spend a line on every
 * scalar, about a third more bytes for the same facts.
 */
final class JsonText {
  private static final int INLINE_WIDTH = 72;

  private JsonText() {}

  static String format(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, 0, out);
    return out.toString();
  }

  private static void write(JsonNode node, int indent, StringBuilder out) {
    String inline = inline(node);
    if (!node.isContainerNode() || node.isEmpty() || indent * 2 + inline.length() <= INLINE_WIDTH) {
      out.append(inline);
      return;
    }
    boolean object = node.isObject();
    out.append(object ? '{' : '[');
    String pad = "  ".repeat(indent + 1);
    if (object) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append("\n").append(pad).append(scalar(TextNode.valueOf(field.getKey()))).append(": ");
        write(field.getValue(), indent + 1, out);
        if (fields.hasNext()) {
          out.append(',');
        }
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        out.append('\n').append(pad);
        write(node.get(i), indent + 1, out);
        if (i < node.size() - 1) {
          out.append(',');
        }
      }
    }
    out.append('\n').append("  ".repeat(indent)).append(object ? '}' : ']');
  }

  /** One line, with a space after each ':' and ',' so it reads like the indented form. */
  private static String inline(JsonNode node) {
    if (!node.isContainerNode()) {
      return scalar(node);
    }
    StringBuilder out = new StringBuilder();
    if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(scalar(TextNode.valueOf(field.getKey()))).append(": ").append(inline(field.getValue()));
        if (fields.hasNext()) {
          out.append(", ");
        }
      }
      return out.append('}').toString();
    }
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      out.append(inline(node.get(i)));
      if (i < node.size() - 1) {
        out.append(", ");
      }
    }
    return out.append(']').toString();
  }

  /** A scalar as JSON: Jackson's nodes print themselves as valid, escaped JSON. */
  private static String scalar(JsonNode node) {
    return node.toString();
  }
}
