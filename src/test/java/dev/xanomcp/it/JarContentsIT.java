package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded jar holds what it names: every ServiceLoader entry points at a class inside it. */
class JarContentsIT {
  @Test
  void everyServiceEntryNamesAClassInTheJar() throws IOException {
    List<String> missing = new ArrayList<>();
    int services = 0;
    try (JarFile jar = new JarFile(ServerProcess.JAR.toFile())) {
      for (JarEntry entry : jar.stream().toList()) {
        if (!entry.getName().startsWith("META-INF/services/") || entry.isDirectory()) {
          continue;
        }
        services++;
        String service = entry.getName().substring("META-INF/services/".length());
        if (jar.getEntry(service.replace('.', '/') + ".class") == null) {
          missing.add(service + " (the service type itself)");
        }
        try (InputStream in = jar.getInputStream(entry)) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty() && jar.getEntry(name.replace('.', '/') + ".class") == null) {
              missing.add(service + " -> " + name);
            }
          }
        }
      }
    }
    assertTrue(services > 0, "no service files: is this the shaded jar?");
    assertEquals(List.of(), missing);
  }
}
