package dev.xanomcp.server;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The server's limits in time and work, from system properties where tests (or users) set them:
 * {@code -Dxano.mcp.callTimeout=PT1S}, {@code -Dxano.mcp.rootsTimeout=PT1S},
 * {@code -Dxano.mcp.stall=PT5S} (ISO-8601 durations, or whole seconds).
 *
 * @param workers the threads that run calls (tool calls, resource reads, prompts)
 * @param queued the calls accepted beyond those running; past it, reading stops until one ends
 * @param callTimeout the longest a call may take from being read; past it, it is stopped and answered with an error
 * @param rootsTimeout how long a call that reads files waits for the client's list of roots
 * @param stall how long the output may take nothing before the client is given up as stuck
 */
public record Settings(int workers, int queued, Duration callTimeout, Duration rootsTimeout, Duration stall) {
  /** The settings of this JVM: its system properties over the defaults. */
  public static Settings current() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new Settings(
        Math.max(2, Math.min(3, cores)),
        32,
        duration("xano.mcp.callTimeout", Duration.ofSeconds(30)),
        duration("xano.mcp.rootsTimeout", Duration.ofSeconds(5)),
        duration("xano.mcp.stall", Duration.ofSeconds(60)));
  }

  /** How long end of input waits for the replies still due: every call has ended by then. */
  public Duration drain() {
    return callTimeout.plusSeconds(2);
  }

  private static Duration duration(String property, Duration fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return value.strip().matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value.strip())) : Duration.parse(value.strip());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("-D" + property + "=" + value + " is not a duration such as 30 or PT1.5S", e);
    }
  }
}
