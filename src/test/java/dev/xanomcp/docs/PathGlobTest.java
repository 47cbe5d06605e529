package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathGlobTest {
  private static boolean matches(String glob, String path) {
    return new PathGlob(glob).matchesEnd(PathGlob.names(path));
  }

  @Test
  void aNameMatchesWithStarsAndQuestionMarks() {
    assertTrue(PathGlob.matches("*.xs", "get.xs"));
    assertTrue(PathGlob.matches("*.xs", ".xs"));
    assertTrue(PathGlob.matches("g?t*", "get_all"));
    assertTrue(PathGlob.matches("*a*b*", "xxaxxbxx"));
    assertFalse(PathGlob.matches("*.xs", "get.xsd"));
    assertFalse(PathGlob.matches("api", "apis"));
    assertFalse(PathGlob.matches("a*b", "a" + "a".repeat(10_000)));
  }

  @Test
  void theGlobMatchesFromAnyFolderToTheEnd() {
    assertTrue(matches("api/**/*.xs", "api/get.xs"));
    assertTrue(matches("api/**/*.xs", "/home/me/shop/api/users/v2/get.xs"));
    assertTrue(matches("*/trigger/*.xs", "C:\\shop\\table\\trigger\\on_add.xs"));
    assertTrue(matches("static/**/*", "static/index.html"));
    assertTrue(matches("branch.xs", "./branch.xs"));
    assertFalse(matches("api/**/*.xs", "api/users/get.js"));
    assertFalse(matches("table/*.xs", "table/trigger/on_add.xs"));
    assertFalse(matches("branch.xs", "branch.xs/notes.txt"));
  }

  @Test
  void driveLettersAndDotsAreNotFolders() {
    assertArrayEquals(new String[] {"shop", "api", "x.xs"}, PathGlob.names(" D:\\shop\\.\\api\\x.xs "));
  }

  @Test
  void globsWithSyntaxItDoesNotKnowAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PathGlob("{api,function}/*.xs"));
    assertThrows(IllegalArgumentException.class, () -> new PathGlob("table/[a-z].xs"));
  }
}
