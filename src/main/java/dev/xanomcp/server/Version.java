package dev.xanomcp.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * The server's version, written into the jar by the build from the pom, and the versions of the
 * documentation it serves: one source of truth for {@code --version}, {@code mcp_version},
 * {@code initialize} and the resources' metadata.
 */
public final class Version {
  public static final String NAME = "xano-developer-mcp";
  private static final Properties PROPERTIES = read();
  public static final String VALUE = PROPERTIES.getProperty("version");
  /** The XanoScript docs' version and its date. */
  public static final String XANOSCRIPT_DOCS = PROPERTIES.getProperty("xanoscript.docs") + " (" + PROPERTIES.getProperty("xanoscript.docs.date") + ")";
  /** The reference the Run and Meta API topics follow. */
  public static final String API_DOCS = PROPERTIES.getProperty("api.docs");
  /** The reference the CLI topics follow, with its date. */
  public static final String CLI_DOCS = PROPERTIES.getProperty("cli.docs");
  /** The documentation versions as resource metadata. */
  static final Map<String, Object> DOCS = Map.of("xanoscript_docs", XANOSCRIPT_DOCS, "api_docs", API_DOCS, "cli_docs", CLI_DOCS);

  private Version() {}

  /** One line for people: {@code xano-developer-mcp 0.1.0 (XanoScript docs 2.4.0 ...)}. */
  public static String line() {
    return NAME + " " + VALUE + " (XanoScript docs " + XANOSCRIPT_DOCS + "; Run and Meta API docs as of " + API_DOCS + "; CLI docs as of " + CLI_DOCS + ")";
  }

  private static Properties read() {
    try (InputStream in = Version.class.getResourceAsStream("/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("cannot read version.properties");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read version.properties", e);
    }
  }
}
