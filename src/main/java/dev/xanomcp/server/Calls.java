package dev.xanomcp.server;

import dev.xanomcp.stdio.Reply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls off the thread that reads: a few workers, a bounded number of calls accepted, a time
 * limit per call, and cancellation. When as many calls are accepted as it takes, {@link #submit}
 * waits for one to end, and with it the reading of the input: a client that sends faster than the
 * server answers is slowed down, never refused. A call that is cancelled or runs past its limit
 * has its worker interrupted, which long work notices at its checkpoints.
 */
final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  private final Settings settings;
  private final Semaphore room;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService timer;
  /** The calls accepted and not ended, by the key of their request id. */
  private final Map<String, Task> running = new ConcurrentHashMap<>();

  Calls(Settings settings) {
    this.settings = settings;
    this.room = new Semaphore(settings.workers() + settings.queued());
    AtomicInteger count = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        work -> daemon(work, "call-" + count.incrementAndGet()));
    ScheduledThreadPoolExecutor limits = new ScheduledThreadPoolExecutor(1, work -> daemon(work, "call-timer"));
    // A call that ends in time takes its limit out of the timer's queue rather than leaving it there.
    limits.setRemoveOnCancelPolicy(true);
    this.timer = limits;
  }

  /**
   * Runs {@code work}, which answers through {@code reply}, on a worker; waits while the server
   * holds as many calls as it takes. Whatever the work throws, even an error of the JVM such as a
   * stack overflow, is answered as an internal error and the worker goes on.
   */
  void submit(Reply reply, Runnable work) {
    try {
      room.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply.error(-32603, "Internal error: the server is shutting down");
      return;
    }
    Task task = new Task(reply, () -> {
      try {
        work.run();
      } catch (Throwable e) {
        if (!reply.settled()) {
          LOG.error("request {} failed", reply.id(), e);
        }
        reply.error(-32603, failure(e));
      }
    });
    String key = key(reply.id());
    running.put(key, task);
    try {
      task.deadline = timer.schedule(() -> task.timeOut(settings), settings.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      task.cancel(false);
      reply.error(-32603, "Internal error: the server is shutting down");
    }
  }

  /**
   * Stops the call whose request had {@code id}, as the client asked: its reply is not sent unless
   * it already was. An id that names no running call (unknown, or already answered) is ignored.
   */
  void cancel(Object id) {
    Task task = running.get(key(id));
    if (task != null && task.reply.cancel()) {
      task.cancel(true);
    }
  }

  /** Stops every call and accepts no more: the session is over. */
  void shutdown() {
    workers.shutdownNow();
    timer.shutdownNow();
  }

  /** One sentence for the client on a call that failed: never internals, but what kind of failure. */
  private static String failure(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "Internal error: the request nests too deeply for the server to follow";
    }
    if (e instanceof OutOfMemoryError) {
      return "Internal error: the request needs more memory than the server has";
    }
    return "Internal error: the server failed to answer this request";
  }

  private static Thread daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }

  /** An id's type and value, as a key: 1 and "1" are different ids. */
  static String key(Object id) {
    return (id instanceof String ? "s:" : "n:") + id;
  }

  /** A call: its work and reply; when it ends (done, failed or stopped), it gives its room back. */
  private final class Task extends FutureTask<Void> {
    final Reply reply;
    volatile ScheduledFuture<?> deadline;

    Task(Reply reply, Runnable work) {
      super(work, null);
      this.reply = reply;
    }

    void timeOut(Settings settings) {
      reply.error(-32603, "The request took longer than " + seconds(settings) + " and was stopped");
      cancel(true);
    }

    @Override
    protected void done() {
      running.remove(key(reply.id()), this);
      ScheduledFuture<?> limit = deadline;
      if (limit != null) {
        limit.cancel(false);
      }
      room.release();
    }
  }

  private static String seconds(Settings settings) {
    double seconds = settings.callTimeout().toMillis() / 1000.0;
    return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
  }
}
