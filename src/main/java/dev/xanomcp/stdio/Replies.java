package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests read and not yet settled, each with its {@link Reply}: so that a request cannot
 * reuse the id of one still in progress (the two replies could not be told apart), and so that end
 * of input can wait for every reply still due.
 */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private final ObjectMapper json;
  private final LineWriter out;
  private final Map<String, Reply> pending = new HashMap<>();

  Replies(ObjectMapper json, LineWriter out) {
    this.json = json;
    this.out = out;
  }

  /**
   * The reply of a new request; null, after answering it with an error, when a request with the
   * same id is still in progress.
   */
  Reply start(Object id) {
    String key = key(id);
    Reply reply;
    synchronized (this) {
      if (pending.containsKey(key)) {
        reply = null;
      } else {
        reply = new Reply(id, json, out::write, () -> settle(key));
        pending.put(key, reply);
      }
    }
    if (reply == null) {
      error(id, -32600, "Invalid Request: id " + id + " is in use by a request still in progress");
    }
    return reply;
  }

  /** An error for a message that never became a request: {@code id} null when unknown. */
  void error(Object id, int code, String message) {
    new Reply(id, json, out::write, () -> {}).error(code, message);
  }

  /**
   * Waits until every request is settled, the output is closed or {@code deadline} (of
   * System.nanoTime) has passed. It looks at the output every 100 ms, as it may close meanwhile.
   */
  synchronized void await(long deadline) {
    while (!pending.isEmpty() && out.open()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        LOG.warn("exiting with {} requests unanswered", pending.size());
        return;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private synchronized void settle(String key) {
    pending.remove(key);
    if (pending.isEmpty()) {
      notifyAll();
    }
  }

  /** An id's type and value: 1 and "1" are different ids. */
  private static String key(Object id) {
    return (id instanceof String ? "s:" : "n:") + id;
  }
}
