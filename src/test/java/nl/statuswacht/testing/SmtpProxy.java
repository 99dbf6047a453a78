package nl.statuswacht.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a real SMTP server (GreenMail). The server does all the
 * talking; the proxy passes every byte through and injects only the faults a real server does not
 * produce on demand:
 *
 * <ul>
 *   <li>{@link #slowReplies}: the server's reply to the end of each message reaches the client
 *       that much later, as from a slow server;
 *   <li>{@link #holdReplyToMessage}: the reply to the n-th message never reaches the client. The
 *       server has taken the message and said so; the client waits for its answer. This is the
 *       instant in which a sender that is killed cannot know that its mail arrived;
 *   <li>{@link #reject}: {@code RCPT TO} for an address is answered by the proxy with a 5xx reply
 *       instead of reaching the server, as a server that refuses a mailbox answers it;
 *   <li>{@link #dropConnectionAfterMessage}: the connection is cut (both ways) right after the
 *       server's answer to the n-th message reached the client, as a server that goes away
 *       between two mails.
 * </ul>
 *
 * <p>It also counts what passes: the connections clients opened ({@link #connections}) and the
 * moment each message was accepted, i.e. its reply passed on ({@link #accepted}).
 *
 * <p>Commands are read per line (SMTP commands are lines; the message between {@code DATA} and the
 * lone {@code .} is passed on as it is, dot-stuffing and all); what was read is passed on whenever
 * nothing more is waiting to be read. Several connections are served at once.
 */
public final class SmtpProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final int serverPort;
  private final Map<String, String> rejected = new ConcurrentHashMap<>();
  private final Map<String, String> rejectedOnce = new ConcurrentHashMap<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger messages = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Instant> accepted = new CopyOnWriteArrayList<>();
  private final CountDownLatch held = new CountDownLatch(1);
  private volatile Duration delay = Duration.ZERO;
  private volatile int holdAt = 0;
  private volatile int dropAt = 0;

  /** A proxy on a free loopback port in front of the SMTP server on {@code serverPort}. */
  public SmtpProxy(int serverPort) throws IOException {
    this.serverPort = serverPort;
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "smtp-proxy-" + port());
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The reply to the end of every message reaches the client {@code delay} late. */
  public SmtpProxy slowReplies(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** The server's reply to the {@code n}-th message (from 1) through this proxy is never passed on. */
  public SmtpProxy holdReplyToMessage(int n) {
    this.holdAt = n;
    return this;
  }

  /**
   * Cuts the connection that carried the {@code n}-th message (from 1) through this proxy right
   * after the server's answer to it reached the client; the next connection is served as usual.
   */
  public SmtpProxy dropConnectionAfterMessage(int n) {
    this.dropAt = n;
    return this;
  }

  /** How many connections clients opened through this proxy so far. */
  public int connections() {
    return connections.get();
  }

  /**
   * When the server's answer to each message passed through to the client, in order: the moment
   * the sender learnt that the server took it. A held answer is not counted.
   */
  public List<Instant> accepted() {
    return List.copyOf(accepted);
  }

  /** Answers {@code RCPT TO:<address>} with {@code reply} (e.g. a 550) from now on. */
  public SmtpProxy reject(String address, String reply) {
    rejected.put(address.toLowerCase(Locale.ROOT), reply);
    return this;
  }

  /** Answers the next {@code RCPT TO:<address>} with {@code reply}, and lets later ones through. */
  public SmtpProxy rejectOnce(String address, String reply) {
    rejectedOnce.put(address.toLowerCase(Locale.ROOT), reply);
    return this;
  }

  /** Lets {@code RCPT TO:<address>} through to the server again. */
  public SmtpProxy accept(String address) {
    rejected.remove(address.toLowerCase(Locale.ROOT));
    return this;
  }

  /** Waits until the server has answered the held message and the proxy kept the answer back. */
  public boolean awaitHeld(Duration timeout) throws InterruptedException {
    return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.incrementAndGet();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        open.add(client);
        open.add(server);
        Connection connection = new Connection(client, server);
        start("smtp-proxy-up", connection::clientToServer);
        start("smtp-proxy-down", connection::serverToClient);
      } catch (IOException closed) {
        // the proxy is closed, or the server is gone: the client sees a dropped connection
      }
    }
  }

  private static void start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** One client's conversation with the server, through the proxy. */
  private final class Connection {
    private final Socket client;
    private final Socket server;
    /** The number of the message whose end was passed on and whose reply is awaited, or 0. */
    private volatile int awaitingReplyTo;

    Connection(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void clientToServer() {
      try (InputStream in = new BufferedInputStream(client.getInputStream())) {
        OutputStream up = new BufferedOutputStream(server.getOutputStream(), 16 * 1024);
        boolean inMessage = false;
        for (byte[] line = readLine(in); line != null; line = readLine(in)) {
          String text = new String(line, StandardCharsets.ISO_8859_1).strip();
          if (inMessage) {
            if (text.equals(".") && line.length <= 3) {
              inMessage = false;
              awaitingReplyTo = messages.incrementAndGet();
            }
          } else {
            String verb = text.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
            if (verb.equals("RCPT")) {
              String reply = rejectedOnce.remove(address(text));
              reply = reply != null ? reply : rejected.get(address(text));
              if (reply != null) {
                up.flush();
                toClient((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                continue;
              }
            }
            // the client sends the message only after the server's 354, which comes through
            inMessage = verb.equals("DATA");
          }
          up.write(line);
          if (in.available() == 0) {
            up.flush();
          }
        }
      } catch (IOException dropped) {
        // the client is gone (killed, or done): so is this conversation
      } finally {
        closeQuietly(server);
      }
    }

    void serverToClient() {
      try (InputStream in = new BufferedInputStream(server.getInputStream())) {
        for (byte[] line = readLine(in); line != null; line = readLine(in)) {
          int replyTo = awaitingReplyTo;
          if (replyTo > 0) {
            awaitingReplyTo = 0;
            if (replyTo == holdAt) {
              held.countDown();
              return; // the client never hears that the server took it
            }
            Thread.sleep(delay.toMillis()); // the fault itself: a slow server
            toClient(line);
            accepted.add(Instant.now());
            if (replyTo == dropAt) {
              closeQuietly(client);
              closeQuietly(server);
              return;
            }
            continue;
          }
          toClient(line);
        }
      } catch (IOException | InterruptedException dropped) {
        // the server or the proxy is gone
      }
    }

    private synchronized void toClient(byte[] bytes) throws IOException {
      OutputStream down = client.getOutputStream();
      down.write(bytes);
      down.flush();
    }
  }

  /** {@code RCPT TO:<a@b> …} → {@code a@b}, lower case. */
  private static String address(String command) {
    int open = command.indexOf('<');
    int close = command.indexOf('>', open + 1);
    return open < 0 || close < 0 ? ""
        : command.substring(open + 1, close).toLowerCase(Locale.ROOT);
  }

  /** One line with its line end, or null at the end of the stream. */
  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return line.size() == 0 ? null : line.toByteArray();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    open.forEach(SmtpProxy::closeQuietly);
  }
}
