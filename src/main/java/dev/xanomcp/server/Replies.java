package dev.xanomcp.server;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * A transport that passes every message the SDK's session sends through a function before it
 * leaves: the one place where this server corrects what the SDK answers on its own (the order of
 * {@code resources/list}, which the SDK takes from a hash map). Works with any transport.
 */
final class Replies implements McpServerTransportProvider {
  private final McpServerTransportProvider transport;
  private final UnaryOperator<JSONRPCMessage> change;

  Replies(McpServerTransportProvider transport, UnaryOperator<JSONRPCMessage> change) {
    this.transport = transport;
    this.change = change;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    transport.setSessionFactory(sessionTransport -> factory.create(new Changing(sessionTransport)));
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return transport.notifyClients(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return transport.closeGracefully();
  }

  @Override
  public List<String> protocolVersions() {
    return transport.protocolVersions();
  }

  private final class Changing implements McpServerTransport {
    private final McpServerTransport sessionTransport;

    Changing(McpServerTransport sessionTransport) {
      this.sessionTransport = sessionTransport;
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return sessionTransport.sendMessage(change.apply(message));
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
      return sessionTransport.unmarshalFrom(data, type);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return sessionTransport.closeGracefully();
    }

    @Override
    public List<String> protocolVersions() {
      return sessionTransport.protocolVersions();
    }
  }
}
