package dev.xanomcp.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real server jar in a process of its own, fed and read through its stdin and stdout. */
final class ServerProcess implements AutoCloseable {
  static final Path JAR = Path.of("target/xano-developer-mcp.jar").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"%s\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
  static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  final Process process;
  private final OutputStream stdin;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread outReader;
  private final Thread errReader;

  ServerProcess(String... jvmOptions) throws IOException {
    this(true, jvmOptions);
  }

  private ServerProcess(boolean readStdout, String... jvmOptions) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Xlog:disable", "-Xlog:all=warning:stderr"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString()));
    process = new ProcessBuilder(command).start();
    stdin = process.getOutputStream();
    outReader = readStdout ? drain(process.getInputStream(), stdout) : null;
    errReader = drain(process.getErrorStream(), stderr);
  }

  /** A server whose stdout nobody reads, as with a client that stopped reading. */
  static ServerProcess unread(String... jvmOptions) throws IOException {
    return new ServerProcess(false, jvmOptions);
  }

  /** A server that has been initialized with protocol 2025-06-18. */
  static ServerProcess initialized(String... jvmOptions) throws IOException {
    ServerProcess server = new ServerProcess(jvmOptions);
    server.send(String.format(INITIALIZE, "2025-06-18"));
    server.send(INITIALIZED);
    return server;
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream into) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[65536];
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          synchronized (into) {
            into.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // the stream closed under us: the test closed it or the process ended
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  void send(String line) throws IOException {
    sendBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  void sendBytes(byte[] bytes) throws IOException {
    stdin.write(bytes);
    stdin.flush();
  }

  /** Closes stdin and waits for the process to end; returns its exit status. */
  int finish(int seconds) throws IOException, InterruptedException {
    closeStdin();
    return await(seconds);
  }

  void closeStdin() throws IOException {
    stdin.close();
  }

  int await(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the server did not exit within " + seconds + " s; stderr:\n" + stderr());
    }
    if (outReader != null) {
      outReader.join(5000);
    }
    errReader.join(5000);
    return process.exitValue();
  }

  String stdout() {
    synchronized (stdout) {
      return stdout.toString(StandardCharsets.UTF_8);
    }
  }

  String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** Every line of stdout, parsed; fails if any line is not JSON. */
  List<JsonNode> replies() {
    List<JsonNode> replies = new ArrayList<>();
    for (String line : stdout().split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        replies.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException("stdout carried a line that is not JSON: " + line, e);
      }
    }
    return replies;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
