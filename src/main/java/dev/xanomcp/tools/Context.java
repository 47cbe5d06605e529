package dev.xanomcp.tools;

import dev.xanomcp.render.Call;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a call knows about who made it.
 *
 * @param calls how the answer writes the follow-up calls it suggests (MCP calls or command lines)
 * @param roots the folders the client allows files to be read from (its MCP roots), empty when
 *     the client named none; asked for only by calls that read files, since it may wait for the
 *     client's answer to {@code roots/list}
 */
public record Context(Call.Style calls, Supplier<Optional<List<Path>>> roots) {
  /** A call from an MCP client that gave no roots. */
  public static final Context MCP = new Context(Call.MCP, Optional::empty);
}
