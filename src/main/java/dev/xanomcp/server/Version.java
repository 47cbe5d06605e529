package dev.xanomcp.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The server's version, written into the jar by the build from the pom: one source of truth. */
public final class Version {
  public static final String NAME = "xano-developer-mcp";
  public static final String VALUE = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("cannot read version.properties");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read version.properties", e);
    }
  }
}
