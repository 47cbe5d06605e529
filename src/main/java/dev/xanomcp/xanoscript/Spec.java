package dev.xanomcp.xanoscript;

import java.util.List;
import java.util.Map;

/**
 * What the engine tables say about one construct, statement, component, datatype or assertion:
 * its arguments and its members. {@code body} is {@link Shape#STACK} or {@link Shape#FIELDS} for a
 * component whose body is a list of statements or fields rather than named members.
 */
record Spec(String kind, String name, List<String> args, Map<String, MemberSpec> members, Shape body, boolean argIsVariable) {
  Spec {
    args = List.copyOf(args);
    members = Map.copyOf(members);
  }

  MemberSpec member(String memberName) {
    return members.get(memberName);
  }
}
