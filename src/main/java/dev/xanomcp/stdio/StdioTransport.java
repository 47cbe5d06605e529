package dev.xanomcp.stdio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over stdio: newline-delimited JSON-RPC in, one line per message out. It owns the stream and
 * hands every well-formed message to a {@link Peer}. It reads and writes the stream itself, rather
 * than through the SDK's StdioServerTransportProvider (2.1.0), because of these behaviours of that
 * transport, each shown with the smallest input that shows it; delete what the SDK has fixed.
 *
 * <ol>
 *   <li>It ends the session, without a reply, at the first line it cannot bind to a message:
 *       {@code x}, a blank line, {@code []}, {@code {"jsonrpc":"2.0","id":1,"error":"x"}}.
 *   <li>It reads a line's first JSON value and ignores the rest, so that
 *       {@code {"jsonrpc":"2.0","id":1,"method":"ping"}{"jsonrpc":"2.0","id":2,"method":"ping"}}
 *       answers only 1.
 *   <li>It drops the replies still being computed when stdin ends: with stdin closed right after
 *       {@code {"jsonrpc":"2.0","id":1,"method":"ping"}}, 1 gets no reply.
 *   <li>Its records take any integral id, and fail later on one beyond 64 bits:
 *       {@code {"jsonrpc":"2.0","id":9223372036854775808,"method":"ping"}}.
 *   <li>Its sessions bind params into records with Jackson: a value of the wrong type is answered
 *       -32603 with Jackson's internals, after a stack trace on stderr
 *       ({@code {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":"x"}}});
 *       see {@link Params}.
 * </ol>
 *
 * <p>What it guarantees instead: every request read gets exactly one reply unless the peer
 * cancels it ({@link Reply}, {@link Replies}); a line that is not one JSON value gets a -32700
 * parse error, one that is not a JSON-RPC message (or nests deeper than {@link
 * MessageGate#MAX_DEPTH}) a -32600, params of the wrong shape a -32602 ({@link MessageGate}), and
 * reading goes on; lines over {@link #MAX_LINE_BYTES} are refused without being held in memory
 * ({@link LineReader}); a client that reads slowly holds reading back rather than losing replies,
 * and one that stops reading for the stall time is given up ({@link LineWriter}); at end of input
 * it waits for the replies still due. Only JSON-RPC is written to the output.
 */
public final class StdioTransport {
  /** The longest line read; a longer one is refused. Our largest request is a few hundred kilobytes of code. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** How long the output may take no line at all before the client is given up as stuck. */
  public static final Duration STALL = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

  private final ObjectMapper json;
  private final InputStream in;
  private final LineWriter out;
  private final Replies replies;
  private final MessageGate gate;

  /**
   * @param onEnded runs once if the output breaks or stalls (the client is gone or stuck), from
   *     the thread that found out; the server process ends there, since stdin may still block a reader
   */
  public StdioTransport(ObjectMapper json, InputStream in, OutputStream out, Duration stall, Ended onEnded) {
    this.json = json;
    this.in = in;
    this.out = new LineWriter(out, stall, why -> onEnded.ended(why == LineWriter.Ending.STUCK));
    this.replies = new Replies(json, this.out);
    this.gate = new MessageGate(json, replies);
  }

  /** Called once when the output ends early. */
  public interface Ended {
    /** @param stuck true when the client stopped reading, false when it closed the output */
    void ended(boolean stuck);
  }

  /**
   * Reads messages until end of input, handing each to {@code peer} on this thread, then waits at
   * most {@code drain} for the replies still due. Returns false if the output ended first.
   */
  public boolean serve(Peer peer, Duration drain) {
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    try {
      for (LineReader.Line line = reader.next(); line != null && out.open(); line = reader.next()) {
        JSONRPCMessage message = gate.read(line);
        if (message instanceof JSONRPCRequest request) {
          Reply reply = replies.start(request.id());
          if (reply != null) {
            handOn(() -> peer.request(request, reply), reply);
          }
        } else if (message instanceof JSONRPCNotification notification) {
          handOn(() -> peer.notification(notification), null);
        } else if (message instanceof JSONRPCResponse response) {
          handOn(() -> peer.response(response), null);
        }
      }
    } catch (IOException e) {
      LOG.warn("stdin failed: {}", e.getMessage());
    }
    long deadline = System.nanoTime() + drain.toNanos();
    replies.await(deadline);
    out.close(deadline);
    return out.open();
  }

  /**
   * Runs what the peer does with a message; whatever it throws (its bug, or an error of the JVM
   * such as running out of memory) is logged, answered if the message was a request, and reading
   * goes on.
   */
  private static void handOn(Runnable handling, Reply reply) {
    try {
      handling.run();
    } catch (Throwable e) {
      LOG.error("handling a message failed", e);
      if (reply != null) {
        reply.error(-32603, "Internal error: the server failed to answer this request");
      }
    }
  }

  /** Writes a message of the server's own: a request to the client, or a notification. */
  public void send(JSONRPCMessage message) {
    try {
      out.write(json.writeValueAsBytes(message));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
