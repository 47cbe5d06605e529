package dev.xanomcp.stdio;

import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;

/**
 * What the transport hands the well-formed messages it reads to, on the thread that reads. That
 * thread reads nothing more until a method returns, so a method that blocks holds the client back.
 */
public interface Peer {
  /** The notification a client sends when it no longer wants a request's reply (the SDK has no constant for it). */
  String CANCELLED = "notifications/cancelled";

  /** A request, whose params have the fields its method needs; {@code reply} takes its one reply. */
  void request(JSONRPCRequest request, Reply reply);

  /** A notification; one the peer does not handle is ignored. */
  void notification(JSONRPCNotification notification);

  /** The client's reply to a request the server sent it. */
  void response(JSONRPCResponse response);
}
